const std = @import("std");
const logits = @import("logits.zig");

test "total: adds every element" {
    try std.testing.expectEqual(10, logits.total([_]f32{ 1, 2, 3, 4 }));
    try std.testing.expectEqual(0, logits.total([_]f32{ 0.5, -0.5, 2, -2 }));
}

test "argmax: the largest can be anywhere" {
    try std.testing.expectEqual(1, logits.argmax([_]f32{ 0.25, 3.5, -1, 2.5 }));
    try std.testing.expectEqual(3, logits.argmax([_]f32{ 1, 2, 3, 4 }));
    try std.testing.expectEqual(0, logits.argmax([_]f32{ 9, 2, 3, 4 }));
}

test "argmax: all logits negative (the best one is still one of them)" {
    try std.testing.expectEqual(2, logits.argmax([_]f32{ -3, -2, -0.5, -5 }));
}

test "argmax: on a tie the first index wins" {
    try std.testing.expectEqual(1, logits.argmax([_]f32{ 2, 5, 5, 1 }));
}

test "relu: negatives become 0, the rest stay" {
    try std.testing.expectEqual([4]f32{ 1.5, 0, 0, 0.25 }, logits.relu([_]f32{ 1.5, -0.5, 0, 0.25 }));
}

test "relu: returns a new array and leaves its argument alone" {
    const before = [_]f32{ -1, 2, -3, 4 };
    const after = logits.relu(before);
    try std.testing.expectEqual([4]f32{ 0, 2, 0, 4 }, after);
    try std.testing.expectEqual([4]f32{ -1, 2, -3, 4 }, before);
}

test "dot: multiplies in step and adds" {
    try std.testing.expectEqual(5, logits.dot([_]f32{ 1, 2, 3, 4 }, [_]f32{ 0.5, 0.5, 0.5, 0.5 }));
    try std.testing.expectEqual(-2, logits.dot([_]f32{ 1, -1, 0, 2 }, [_]f32{ 2, 4, 100, 0 }));
}

test "runningTotal: each position holds the sum so far" {
    try std.testing.expectEqual([4]f32{ 1, 3, 6, 10 }, logits.runningTotal([_]f32{ 1, 2, 3, 4 }));
    try std.testing.expectEqual([4]f32{ 0.5, 0, 2, 1.75 }, logits.runningTotal([_]f32{ 0.5, -0.5, 2, -0.25 }));
}

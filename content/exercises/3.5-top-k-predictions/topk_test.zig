const std = @import("std");
const model = @import("topk.zig");

const testing = std.testing;
const logits = [_]f32{ 1.0, 3.0, 2.0, 0.5 };

test "returns the k most likely classes, most likely first" {
    const top = try model.topK(testing.allocator, &logits, 3);
    defer testing.allocator.free(top);

    try testing.expectEqual(@as(usize, 3), top.len);
    try testing.expectEqual(@as(usize, 1), top[0].index);
    try testing.expectEqual(@as(usize, 2), top[1].index);
    try testing.expectEqual(@as(usize, 0), top[2].index);
}

test "probabilities are the softmax of the logits" {
    const top = try model.topK(testing.allocator, &logits, 2);
    defer testing.allocator.free(top);

    // softmax([1, 3, 2, 0.5]) = [0.0854, 0.6308, 0.2321, 0.0518]
    try testing.expectApproxEqAbs(@as(f32, 0.6308), top[0].probability, 1e-4);
    try testing.expectApproxEqAbs(@as(f32, 0.2321), top[1].probability, 1e-4);
}

test "asking for every class gives probabilities that sum to 1" {
    const all = try model.topK(testing.allocator, &logits, logits.len);
    defer testing.allocator.free(all);

    var total: f32 = 0;
    for (all) |prediction| total += prediction.probability;
    try testing.expectApproxEqAbs(@as(f32, 1.0), total, 1e-5);
    try testing.expectEqual(@as(usize, 3), all[3].index);
}

test "large logits do not overflow" {
    const big = [_]f32{ 1000.0, 1001.0 };
    const top = try model.topK(testing.allocator, &big, 1);
    defer testing.allocator.free(top);

    try testing.expectEqual(@as(usize, 1), top[0].index);
    try testing.expectApproxEqAbs(@as(f32, 0.7311), top[0].probability, 1e-4);
}

test "ties keep the lower index first" {
    const tied = [_]f32{ 0.0, 2.0, 2.0, 1.0 };
    const top = try model.topK(testing.allocator, &tied, 2);
    defer testing.allocator.free(top);

    try testing.expectEqual(@as(usize, 1), top[0].index);
    try testing.expectEqual(@as(usize, 2), top[1].index);
}

test "results from two calls are independent and owned by the caller" {
    const first = try model.topK(testing.allocator, &logits, 1);
    defer testing.allocator.free(first);
    const second = try model.topK(testing.allocator, &[_]f32{ 5.0, 0.0 }, 1);
    defer testing.allocator.free(second);

    try testing.expectEqual(@as(usize, 1), first[0].index);
    try testing.expectEqual(@as(usize, 0), second[0].index);
}

test "rejects k of 0 or more than the number of classes" {
    try testing.expectError(error.InvalidK, model.topK(testing.allocator, &logits, 0));
    try testing.expectError(error.InvalidK, model.topK(testing.allocator, &logits, 5));
}

// anyerror: the untouched starter cannot fail with OutOfMemory yet.
fn topTwo(allocator: std.mem.Allocator) anyerror!void {
    const top = try model.topK(allocator, &logits, 2);
    allocator.free(top);
}

test "no leaks when any allocation fails" {
    try testing.checkAllAllocationFailures(testing.allocator, topTwo, .{});
}

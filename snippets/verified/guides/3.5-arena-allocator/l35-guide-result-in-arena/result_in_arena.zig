const std = @import("std");

const Prediction = struct { index: usize, probability: f32 };

fn topK(allocator: std.mem.Allocator, logits: []const f32, k: usize) ![]Prediction {
    var arena = std.heap.ArenaAllocator.init(allocator);
    defer arena.deinit();
    const scratch = arena.allocator();

    const probabilities = try scratch.alloc(f32, logits.len);
    @memcpy(probabilities, logits); // (softmax left out)
    const taken = try scratch.alloc(bool, logits.len);
    @memset(taken, false);

    const result = try scratch.alloc(Prediction, k); // the bug: dies with the arena
    for (0..k) |slot| result[slot] = .{ .index = slot, .probability = probabilities[slot] }; // (selection left out)
    return result;
}

const test_logits = [_]f32{ 1.0, 3.0, 2.0, 0.5 };

test "returns the k most likely classes, most likely first" {
    const top = try topK(std.testing.allocator, &test_logits, 3);
    defer std.testing.allocator.free(top);

    try std.testing.expectEqual(@as(usize, 3), top.len);
    try std.testing.expectEqual(@as(usize, 1), top[0].index);
}

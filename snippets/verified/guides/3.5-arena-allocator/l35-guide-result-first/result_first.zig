const std = @import("std");

const Prediction = struct { index: usize, probability: f32 };

fn topOne(allocator: std.mem.Allocator, logits: []const f32) ![]Prediction {
    const result = try allocator.alloc(Prediction, 1); // too early

    var arena = std.heap.ArenaAllocator.init(allocator);
    defer arena.deinit();
    const scratch = arena.allocator();

    const probabilities = try scratch.alloc(f32, logits.len); // if this fails, `result` leaks
    @memcpy(probabilities, logits);
    var best: usize = 0;
    for (probabilities, 0..) |p, i| {
        if (p > probabilities[best]) best = i;
    }
    result[0] = .{ .index = best, .probability = probabilities[best] };
    return result;
}

const test_logits = [_]f32{ 1.0, 3.0, 2.0, 0.5 };

fn topOnce(allocator: std.mem.Allocator) !void {
    const top = try topOne(allocator, &test_logits);
    allocator.free(top);
}

test "no leaks when any allocation fails" {
    try std.testing.checkAllAllocationFailures(std.testing.allocator, topOnce, .{});
}

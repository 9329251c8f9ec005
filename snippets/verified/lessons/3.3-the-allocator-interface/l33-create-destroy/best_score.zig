const std = @import("std");

const BestScore = struct {
    step: usize,
    score: f32,

    fn observe(self: *BestScore, step: usize, score: f32) void {
        if (score > self.score) {
            self.step = step;
            self.score = score;
        }
    }
};

/// Returns a tracker on the heap. The caller owns it and frees it with destroy.
fn newTracker(allocator: std.mem.Allocator) !*BestScore {
    const tracker = try allocator.create(BestScore);
    tracker.* = .{ .step = 0, .score = 0 }; // create gives undefined memory: fill it in
    return tracker;
}

test "a tracker that outlives the function that made it" {
    const allocator = std.testing.allocator;
    const best = try newTracker(allocator);
    defer allocator.destroy(best);

    best.observe(1, 0.62);
    best.observe(2, 0.71);
    best.observe(3, 0.69);
    try std.testing.expectEqual(2, best.step);
    try std.testing.expectEqual(0.71, best.score);
}

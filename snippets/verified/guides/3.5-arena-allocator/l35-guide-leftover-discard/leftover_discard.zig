const std = @import("std");

fn largest(allocator: std.mem.Allocator, logits: []const f32) !f32 {
    _ = allocator; // left over from the starter
    var arena = std.heap.ArenaAllocator.init(allocator);
    defer arena.deinit();
    const copy = try arena.allocator().dupe(f32, logits);
    var best = copy[0];
    for (copy) |x| best = @max(best, x);
    return best;
}

test "largest" {
    try std.testing.expectEqual(@as(f32, 3.0), try largest(std.testing.allocator, &[_]f32{ 1.0, 3.0 }));
}

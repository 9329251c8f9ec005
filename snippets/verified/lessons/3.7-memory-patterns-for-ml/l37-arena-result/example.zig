// hide-start
const std = @import("std");

// hide-end
/// Divides every score by `temperature`. Broken: the result lives in the arena.
fn withTemperature(allocator: std.mem.Allocator, scores: []const f64, temperature: f64) ![]f64 {
    var arena = std.heap.ArenaAllocator.init(allocator);
    defer arena.deinit();
    const scratch = arena.allocator();

    const scaled = try scratch.alloc(f64, scores.len);
    for (scores, 0..) |score, i| scaled[i] = score / temperature;
    return scaled; // the defer frees the arena, and `scaled` with it
}

test "the caller gets the scaled scores" {
    const allocator = std.testing.allocator;
    const scaled = try withTemperature(allocator, &[_]f64{ 2.0, 4.0, 8.0 }, 2.0);
    defer allocator.free(scaled);
    try std.testing.expectEqualSlices(f64, &[_]f64{ 1.0, 2.0, 4.0 }, scaled);
}

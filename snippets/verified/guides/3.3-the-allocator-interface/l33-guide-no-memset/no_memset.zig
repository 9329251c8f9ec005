const std = @import("std");

fn filled(allocator: std.mem.Allocator, n: usize, value: f32) ![]f32 {
    const v = try allocator.alloc(f32, n);
    _ = value; // never written
    return v;
}

test "filled: every element holds the value" {
    const v = try filled(std.testing.allocator, 3, 0.25);
    defer std.testing.allocator.free(v);
    try std.testing.expectEqualSlices(f32, &.{ 0.25, 0.25, 0.25 }, v);
}

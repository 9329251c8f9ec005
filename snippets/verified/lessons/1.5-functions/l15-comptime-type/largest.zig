const std = @import("std");

fn largest(comptime T: type, a: T, b: T) T {
    return if (a > b) a else b;
}

test "one function, several types" {
    try std.testing.expectEqual(0.75, largest(f32, 0.25, 0.75));
    try std.testing.expectEqual(200, largest(u8, 200, 17));
    try std.testing.expectEqual(-3, largest(i64, -3, -40));
}

const std = @import("std");

fn largest(comptime T: type, a: T, b: T) T {
    return if (a > b) a else b;
}

test "the largest of two flags" {
    try std.testing.expect(largest(bool, true, false));
}

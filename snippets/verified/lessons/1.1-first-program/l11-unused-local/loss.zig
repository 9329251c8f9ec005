const std = @import("std");

fn meanOfTwo(a: f64, b: f64) f64 {
    const total = a + b;
    const count = 2;
    return total / 2;
}

test "mean of two losses" {
    try std.testing.expectEqual(0.5, meanOfTwo(0.25, 0.75));
}

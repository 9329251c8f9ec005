const std = @import("std");

fn fahrenheitFromCelsius(celsius: f64) f64 {
    return celsius * 5 / 9 + 32;
}

test "water boils at 100 C" {
    try std.testing.expectEqual(212, fahrenheitFromCelsius(100));
}

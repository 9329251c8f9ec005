const std = @import("std");

fn celsiusFromFahrenheit(fahrenheit: f64) f64 {
    return (fahrenheit - 32) * 5 / 9;
}

test "water boils at 212 F" {
    try std.testing.expectEqual(100, celsiusFromFahrenheit(212));
}

test "freezing point and the crossover" {
    try std.testing.expectEqual(0, celsiusFromFahrenheit(32));
    try std.testing.expect(celsiusFromFahrenheit(-40) == -40);
}

const std = @import("std");

fn celsiusFromFahrenheit(fahrenheit: f64) f64 {
    return (fahrenheit - 32) * 5 / 9;
}

pub fn main() void {
    const reading = 176.0;
    const celsius = celsiusFromFahrenheit(reading);
    std.debug.print("{d} F is {d} C\n", .{ reading, celsius });
}

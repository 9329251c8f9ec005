const std = @import("std");

const ParseError = error{ Empty, NotADigit, TooLarge };

/// Parses "0" to "100" into a number.
fn parsePercent(text: []const u8) ParseError!u8 {
    if (text.len == 0) return error.Empty;
    var value: u32 = 0;
    for (text) |byte| {
        if (byte < '0' or byte > '9') return error.NotADigit;
        value = value * 10 + (byte - '0');
        if (value > 100) return error.TooLarge;
    }
    return @intCast(value);
}

test "parses one and two digits" {
    try std.testing.expectEqual(7, try parsePercent("7"));
    try std.testing.expectEqual(73, try parsePercent("73"));
}

test "parses the edges 0 and 100" {
    try std.testing.expectEqual(0, try parsePercent("0"));
    try std.testing.expectEqual(100, try parsePercent("100"));
}

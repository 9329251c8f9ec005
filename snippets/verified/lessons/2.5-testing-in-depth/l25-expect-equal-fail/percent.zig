// hide-start
const std = @import("std");
const ParseError = error{ Empty, NotADigit, TooLarge };
// hide-end
fn parsePercent(text: []const u8) ParseError!u8 {
    if (text.len == 0) return error.Empty;
    var value: u32 = 0;
    for (text) |byte| {
        if (byte < '0' or byte > '9') return error.NotADigit;
        value += byte - '0'; // bug: the digits read so far are not multiplied by 10
        if (value > 100) return error.TooLarge;
    }
    return @intCast(value);
}

test "parses one digit" {
    try std.testing.expectEqual(7, try parsePercent("7"));
}

test "parses two digits" {
    try std.testing.expectEqual(73, try parsePercent("73"));
}

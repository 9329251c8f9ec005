// hide-start
const std = @import("std");
const ParseError = error{ Empty, NotADigit, TooLarge };
// hide-end
fn parsePercent(text: []const u8) ParseError!u8 {
    // bug: no check for empty text
    var value: u32 = 0;
    for (text) |byte| {
        if (byte < '0' or byte > '9') return error.NotADigit;
        value = value * 10 + (byte - '0');
        if (value > 100) return error.TooLarge;
    }
    return @intCast(value);
}

test "rejects empty text" {
    try std.testing.expectError(error.Empty, parsePercent(""));
}

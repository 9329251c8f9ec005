// hide-start
const std = @import("std");
const ParseError = error{ Empty, NotADigit, TooLarge };
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
// hide-end
test "rejects what is not a percentage" {
    try std.testing.expectError(error.Empty, parsePercent(""));
    try std.testing.expectError(error.NotADigit, parsePercent("7a"));
    try std.testing.expectError(error.NotADigit, parsePercent("-5"));
    try std.testing.expectError(error.TooLarge, parsePercent("101"));
    try std.testing.expectError(error.TooLarge, parsePercent("99999999999"));
}

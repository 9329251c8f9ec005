// hide-start
const std = @import("std");
const ParseError = error{ Empty, NotADigit, TooLarge };
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
// hide-end
test "parses two digits" {
    try std.testing.expectEqual(try parsePercent("73"), 73); // arguments swapped
}

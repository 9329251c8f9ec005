// hide-start
const std = @import("std");
// hide-end
const Level = enum(u8) {
    debug = 10,
    info = 20,
    warning = 30,
    critical = 50,
};

fn levelFromNumber(number: u8) Level {
    return @enumFromInt(number);
}

test "a number read from a config file" {
    try std.testing.expectEqual(Level.info, levelFromNumber(20));
    try std.testing.expectEqual(Level.warning, levelFromNumber(25));
}

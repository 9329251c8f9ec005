// hide-start
const std = @import("std");
// hide-end
const Level = enum(u8) {
    debug = 10,
    info = 20,
    warning = 30,
    critical = 50,
};

fn levelFromNumber(number: u8) error{UnknownLevel}!Level {
    return switch (number) {
        10 => .debug,
        20 => .info,
        30 => .warning,
        50 => .critical,
        else => error.UnknownLevel,
    };
}

test "levels and their numbers" {
    try std.testing.expectEqual(30, @intFromEnum(Level.warning));
    try std.testing.expectEqual(Level.info, levelFromNumber(20));
    try std.testing.expectEqual(error.UnknownLevel, levelFromNumber(25));
}

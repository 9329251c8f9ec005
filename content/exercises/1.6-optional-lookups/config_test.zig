const std = @import("std");
const config = @import("config.zig");

test "digitValue: the ten digits" {
    try std.testing.expectEqual(0, config.digitValue('0'));
    try std.testing.expectEqual(7, config.digitValue('7'));
    try std.testing.expectEqual(9, config.digitValue('9'));
}

test "digitValue: anything else is null" {
    try std.testing.expectEqual(null, config.digitValue('a'));
    try std.testing.expectEqual(null, config.digitValue(' '));
    try std.testing.expectEqual(null, config.digitValue('/')); // just before '0'
    try std.testing.expectEqual(null, config.digitValue(':')); // just after '9'
}

test "parseNumber: four digits" {
    try std.testing.expectEqual(2048, config.parseNumber([4]u8{ '2', '0', '4', '8' }));
    try std.testing.expectEqual(7, config.parseNumber([4]u8{ '0', '0', '0', '7' }));
    try std.testing.expectEqual(0, config.parseNumber([4]u8{ '0', '0', '0', '0' }));
}

test "parseNumber: one bad byte makes the whole number missing" {
    try std.testing.expectEqual(null, config.parseNumber([4]u8{ '1', '2', 'a', '4' }));
    try std.testing.expectEqual(null, config.parseNumber([4]u8{ ' ', ' ', ' ', '5' }));
}

test "epochsOrDefault: a number, or 10" {
    try std.testing.expectEqual(12, config.epochsOrDefault([4]u8{ '0', '0', '1', '2' }));
    try std.testing.expectEqual(10, config.epochsOrDefault([4]u8{ '1', '2', 'a', 'b' }));
    try std.testing.expectEqual(0, config.epochsOrDefault([4]u8{ '0', '0', '0', '0' }));
}

test "firstAbove: the first one wins" {
    const scores = [_]f32{ 0.25, 0.5, 0.875, 0.9375, 0.125, 0.75 };
    try std.testing.expectEqual(2, config.firstAbove(scores, 0.5));
    try std.testing.expectEqual(0, config.firstAbove(scores, 0));
}

test "firstAbove: no score above the threshold is null, not an index" {
    const scores = [_]f32{ 0.25, 0.5, 0.875, 0.9375, 0.125, 0.75 };
    try std.testing.expectEqual(null, config.firstAbove(scores, 0.9375));
    try std.testing.expectEqual(null, config.firstAbove(scores, 1));
}

test "safeDivide: divides, or refuses" {
    try std.testing.expectEqual(5, config.safeDivide(10, 2));
    try std.testing.expectEqual(3, config.safeDivide(7, 2));
    try std.testing.expectEqual(0, config.safeDivide(0, 5));
    try std.testing.expectEqual(null, config.safeDivide(7, 0));
}

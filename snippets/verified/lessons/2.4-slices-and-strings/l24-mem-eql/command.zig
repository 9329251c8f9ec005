const std = @import("std");

fn isQuit(command: []const u8) bool {
    return std.mem.eql(u8, command, "quit");
}

test "compare contents" {
    try std.testing.expect(isQuit("quit"));
    try std.testing.expect(!isQuit("Quit")); // bytes differ: case matters
    try std.testing.expect(!isQuit("quit ")); // lengths differ

    // Any element type: do two token sequences match?
    const a = [_]u32{ 101, 7592, 102 };
    const b = [_]u32{ 101, 7592, 102 };
    try std.testing.expect(std.mem.eql(u32, a[0..], b[0..]));
    try std.testing.expect(!std.mem.eql(u32, a[0..], b[0..2]));
}

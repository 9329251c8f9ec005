const std = @import("std");

fn isQuit(command: []const u8) bool {
    return command == "quit";
}

test "quit" {
    try std.testing.expect(isQuit("quit"));
}

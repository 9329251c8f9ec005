const std = @import("std");

/// The text before the first space; all of `line` when it has none.
/// The result is a view of `line`.
fn firstWord(line: []const u8) []const u8 {
    for (line, 0..) |byte, i| {
        if (byte == ' ') return line[0..i];
    }
    return line;
}

test "first word" {
    try std.testing.expect(std.mem.eql(u8, firstWord("epoch 3 loss 0.41"), "epoch"));
    try std.testing.expect(std.mem.eql(u8, firstWord("done"), "done"));
    try std.testing.expectEqual(0, firstWord(" leading space").len);
    try std.testing.expectEqual(0, firstWord("").len);
}

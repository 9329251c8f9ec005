const std = @import("std");

/// The text after the last space; all of `line` when it has none.
/// The result is a view of `line`.
fn lastWord(line: []const u8) []const u8 {
    var start: usize = 0;
    for (line, 0..) |byte, i| {
        if (byte == ' ') start = i + 1;
    }
    return line[start..];
}

test "last word" {
    try std.testing.expect(std.mem.eql(u8, lastWord("epoch 3 loss 0.41"), "0.41"));
    try std.testing.expect(std.mem.eql(u8, lastWord("done"), "done"));
    try std.testing.expectEqual(0, lastWord("trailing space ").len);
    try std.testing.expectEqual(0, lastWord("").len);
}

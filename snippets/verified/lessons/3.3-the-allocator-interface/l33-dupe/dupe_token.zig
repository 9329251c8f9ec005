const std = @import("std");

test "a duped token survives the buffer it came from" {
    const allocator = std.testing.allocator;

    var line = [_]u8{ 'r', 'e', 'l', 'u' };
    const borrowed: []const u8 = line[0..];
    const owned = try allocator.dupe(u8, borrowed);
    defer allocator.free(owned);

    line[0] = 'g'; // the buffer is reused for the next token
    try std.testing.expectEqualStrings("gelu", borrowed);
    try std.testing.expectEqualStrings("relu", owned);
}

const std = @import("std");

fn trim(text: []const u8) []const u8 {
    var start: usize = 0;
    while (start < text.len and text[start] == ' ') start += 1;
    return text[start..]; // bug: the spaces at the end stay
}

test "trims the left end" {
    try std.testing.expectEqualStrings("73%", trim("  73%"));
}

test "trims both ends" {
    try std.testing.expectEqualStrings("73%", trim("  73% "));
}

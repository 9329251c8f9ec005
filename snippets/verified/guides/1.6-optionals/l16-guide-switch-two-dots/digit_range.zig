const std = @import("std");

fn isDigit(c: u8) bool {
    return switch (c) {
        '0'..'9' => true,
        else => false,
    };
}

test "a digit" {
    try std.testing.expect(isDigit('7'));
}

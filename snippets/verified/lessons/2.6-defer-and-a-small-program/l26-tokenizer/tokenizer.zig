const std = @import("std");

const Kind = enum { number, name, plus, minus, star, slash, left_paren, right_paren, end };

const Token = struct {
    kind: Kind,
    /// The token's bytes: a view of the source.
    text: []const u8,
    /// Where the token starts in the source.
    start: usize,

    /// The position just after the token, where the next one may start.
    fn end(self: Token) usize {
        return self.start + self.text.len;
    }
};

fn isDigit(byte: u8) bool {
    return byte >= '0' and byte <= '9';
}

fn isLetter(byte: u8) bool {
    return (byte >= 'a' and byte <= 'z') or (byte >= 'A' and byte <= 'Z') or byte == '_';
}

/// The first token at or after `pos` in `source`, skipping spaces.
/// At the end of the source, a token of kind .end with empty text.
fn tokenAt(source: []const u8, pos: usize) error{UnexpectedCharacter}!Token {
    var start = pos;
    while (start < source.len and source[start] == ' ') start += 1;
    if (start == source.len) return .{ .kind = .end, .text = source[start..start], .start = start };

    const first = source[start];
    const single: ?Kind = switch (first) {
        '+' => .plus,
        '-' => .minus,
        '*' => .star,
        '/' => .slash,
        '(' => .left_paren,
        ')' => .right_paren,
        else => null,
    };
    if (single) |kind| return .{ .kind = kind, .text = source[start .. start + 1], .start = start };

    var stop = start;
    if (isDigit(first)) {
        while (stop < source.len and isDigit(source[stop])) stop += 1;
        return .{ .kind = .number, .text = source[start..stop], .start = start };
    }
    if (isLetter(first)) {
        while (stop < source.len and (isLetter(source[stop]) or isDigit(source[stop]))) stop += 1;
        return .{ .kind = .name, .text = source[start..stop], .start = start };
    }
    return error.UnexpectedCharacter;
}

test "a number after spaces" {
    const token = try tokenAt("  42 + x", 0);
    try std.testing.expectEqual(Kind.number, token.kind);
    try std.testing.expectEqualStrings("42", token.text);
    try std.testing.expectEqual(2, token.start);
    try std.testing.expectEqual(4, token.end());
}

test "names, operators and the end" {
    const source = "decay_2*(";
    const name = try tokenAt(source, 0);
    try std.testing.expectEqualStrings("decay_2", name.text);
    const star = try tokenAt(source, name.end());
    try std.testing.expectEqual(Kind.star, star.kind);
    const paren = try tokenAt(source, star.end());
    try std.testing.expectEqual(Kind.left_paren, paren.kind);
    const end = try tokenAt(source, paren.end());
    try std.testing.expectEqual(Kind.end, end.kind);
    try std.testing.expectEqual(0, end.text.len);
}

test "a character that starts no token" {
    try std.testing.expectError(error.UnexpectedCharacter, tokenAt("3 % 2", 1));
}

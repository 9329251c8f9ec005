// hide-start
const std = @import("std");

const Kind = enum { number, name, plus, minus, star, slash, left_paren, right_paren, end };

const Token = struct {
    kind: Kind,
    text: []const u8,
    start: usize,

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
// hide-end
/// The kinds of the tokens of `source`, without the final .end, written
/// into the start of `out`. Returns the filled part of `out`.
fn kindsOf(source: []const u8, out: []Kind) error{ UnexpectedCharacter, TooManyTokens }![]Kind {
    var count: usize = 0;
    var pos: usize = 0;
    while (true) {
        const token = try tokenAt(source, pos);
        if (token.kind == .end) return out[0..count];
        if (count == out.len) return error.TooManyTokens;
        out[count] = token.kind;
        count += 1;
        pos = token.end();
    }
}

test "the kinds of an expression" {
    var buffer: [16]Kind = undefined;
    const kinds = try kindsOf("lr * (1 - decay)", buffer[0..]);
    const expected = [_]Kind{ .name, .star, .left_paren, .number, .minus, .name, .right_paren };
    try std.testing.expectEqualSlices(Kind, expected[0..], kinds);
}

test "empty input, bad input, too many tokens" {
    var buffer: [2]Kind = undefined;
    try std.testing.expectEqual(0, (try kindsOf("   ", buffer[0..])).len);
    try std.testing.expectError(error.UnexpectedCharacter, kindsOf("1 % 2", buffer[0..]));
    try std.testing.expectError(error.TooManyTokens, kindsOf("1 + 2", buffer[0..]));
}

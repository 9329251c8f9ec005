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
fn printTokens(source: []const u8) void {
    std.debug.print("tokens of \"{s}\":\n", .{source});
    var count: usize = 0;
    defer std.debug.print("  tokens read: {d}\n", .{count});

    var pos: usize = 0;
    while (true) {
        const token = tokenAt(source, pos) catch |err| {
            std.debug.print("  {t} after position {d}\n", .{ err, pos });
            return;
        };
        if (token.kind == .end) break;
        std.debug.print("  {t:<12} {s}\n", .{ token.kind, token.text });
        count += 1;
        pos = token.end();
    }
}

pub fn main() void {
    printTokens("lr * (1 - decay) / 2");
    printTokens("2 ^ 8");
}

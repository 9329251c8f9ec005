const std = @import("std");

const Kind = enum { number, name, plus, minus, star, slash, caret, left_paren, right_paren, end };

/// How tightly an operator binds: 2 for * and /, 1 for + and -, 0 for the rest.
fn precedence(kind: Kind) u8 {
    return switch (kind) {
        .star, .slash => 2,
        .plus, .minus => 1,
        .number, .name, .left_paren, .right_paren, .end => 0,
    };
}

test "star binds tighter than plus" {
    try std.testing.expect(precedence(.star) > precedence(.plus));
}

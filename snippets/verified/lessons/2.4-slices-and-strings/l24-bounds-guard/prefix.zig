const std = @import("std");

/// At most `n` tokens: all of them when there are fewer, like Python's tokens[:n].
fn firstAtMost(tokens: []const u32, n: usize) []const u32 {
    const end = if (n < tokens.len) n else tokens.len;
    return tokens[0..end];
}

/// Exactly `n` tokens, or error.TooFewTokens.
fn firstExactly(tokens: []const u32, n: usize) error{TooFewTokens}![]const u32 {
    if (n > tokens.len) return error.TooFewTokens;
    return tokens[0..n];
}

test "a prompt of four tokens" {
    const prompt = [_]u32{ 101, 2023, 2003, 102 };

    try std.testing.expectEqual(4, firstAtMost(prompt[0..], 5).len);
    try std.testing.expectEqual(2, firstAtMost(prompt[0..], 2).len);

    const two = try firstExactly(prompt[0..], 2);
    try std.testing.expectEqual(2023, two[1]);
    if (firstExactly(prompt[0..], 5)) |_| {
        return error.TestUnexpectedResult; // five tokens cannot succeed
    } else |err| {
        try std.testing.expect(err == error.TooFewTokens);
    }
}

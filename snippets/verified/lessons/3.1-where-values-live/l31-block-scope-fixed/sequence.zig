// hide-start
const std = @import("std");
// hide-end
const eos: u32 = 0;

fn sequenceLength(tokens: []const u32) usize {
    var length: usize = tokens.len; // lives until the function returns
    for (tokens, 0..) |token, i| {
        if (token == eos) {
            length = i;
            break;
        }
    }
    return length;
}

test "length up to the end-of-sequence token" {
    const tokens = [_]u32{ 17, 4, 9, eos, 3 };
    try std.testing.expectEqual(@as(usize, 3), sequenceLength(tokens[0..]));
}

test "no end-of-sequence token means the whole slice" {
    const tokens = [_]u32{ 17, 4, 9 };
    try std.testing.expectEqual(@as(usize, 3), sequenceLength(tokens[0..]));
}

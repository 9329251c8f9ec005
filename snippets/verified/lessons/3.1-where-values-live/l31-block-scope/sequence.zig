// hide-start
const std = @import("std");
// hide-end
const eos: u32 = 0;

fn sequenceLength(tokens: []const u32) usize {
    for (tokens, 0..) |token, i| {
        if (token == eos) break;
    }
    return i;
}

test "length up to the end-of-sequence token" {
    const tokens = [_]u32{ 17, 4, 9, eos, 3 };
    try std.testing.expectEqual(@as(usize, 3), sequenceLength(tokens[0..]));
}

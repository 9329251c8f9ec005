// hide-start
const std = @import("std");
// hide-end
const bos: u32 = 101;
const eos: u32 = 102;

fn withSpecialTokens(tokens: [3]u32) []const u32 {
    var buffer: [5]u32 = undefined;
    buffer[0] = bos;
    for (tokens, 1..) |token, i| buffer[i] = token;
    buffer[4] = eos;
    return &buffer;
}

test "wrap a prompt in BOS and EOS" {
    const wrapped = withSpecialTokens(.{ 7, 8, 9 });
    try std.testing.expectEqual(@as(u32, bos), wrapped[0]);
}

// hide-start
const std = @import("std");
// hide-end
fn isCat(label: []const u8) bool {
    return std.mem.eql(u8, label, "cat");
}

const bos: u32 = 101;
const eos: u32 = 102;

test "compare contents, not addresses" {
    try std.testing.expect(isCat("cat"));
    try std.testing.expect(!isCat("cats"));

    // Token ids too: does this sequence start with BOS, EOS?
    const tokens = [_]u32{ bos, eos, 7, 9 };
    const empty_prompt = [_]u32{ bos, eos };
    try std.testing.expect(std.mem.eql(u32, tokens[0..2], &empty_prompt));
}

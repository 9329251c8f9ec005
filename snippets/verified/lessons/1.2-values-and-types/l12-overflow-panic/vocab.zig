// hide-start
const std = @import("std");
// hide-end
fn nextTokenId(id: u16) u16 {
    return id + 1;
}

test "the id after the last one" {
    try std.testing.expectEqual(50_257, nextTokenId(50_256));
    try std.testing.expectEqual(0, nextTokenId(65_535));
}

// hide-start
const std = @import("std");
// hide-end
fn isCat(label: []const u8) bool {
    return label == "cat";
}

test "compare a label" {
    try std.testing.expect(isCat("cat"));
}

// hide-start
const std = @import("std");
// hide-end
const Point = struct {
    x: i32,
    y: i32,
};

test "add a third coordinate" {
    var p = Point{ .x = 3, .y = -1 };
    p.z = 5;
    try std.testing.expectEqual(5, p.z);
}

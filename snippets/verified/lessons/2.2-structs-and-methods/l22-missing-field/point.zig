// hide-start
const std = @import("std");
// hide-end
const Point = struct {
    x: i32,
    y: i32,
};

test "a point with one coordinate" {
    const p = Point{ .x = 3 };
    try std.testing.expectEqual(3, p.x);
}

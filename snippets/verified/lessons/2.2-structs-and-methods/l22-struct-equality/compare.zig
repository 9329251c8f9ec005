// hide-start
const std = @import("std");
// hide-end
const Point = struct {
    x: i32,
    y: i32,
};

test "two equal points" {
    const a = Point{ .x = 1, .y = 2 };
    const b = Point{ .x = 1, .y = 2 };
    try std.testing.expect(a == b);
}

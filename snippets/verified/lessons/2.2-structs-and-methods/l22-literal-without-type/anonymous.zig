// hide-start
const std = @import("std");
// hide-end
const Point = struct {
    x: i32,
    y: i32,
};

fn mirrored(p: Point) Point {
    return .{ .x = -p.x, .y = p.y };
}

test "a literal with no type in sight" {
    const p = .{ .x = 4, .y = 1 };
    try std.testing.expectEqual(Point{ .x = -4, .y = 1 }, mirrored(p));
}

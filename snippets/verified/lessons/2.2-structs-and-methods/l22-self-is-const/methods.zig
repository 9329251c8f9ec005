// hide-start
const std = @import("std");
// hide-end
const Point = struct {
    x: i32,
    y: i32,

    fn moveBy(self: Point, dx: i32, dy: i32) void {
        self.x += dx;
        self.y += dy;
    }
};

test "move a point" {
    var p = Point{ .x = 1, .y = 2 };
    p.moveBy(3, 0);
    try std.testing.expectEqual(4, p.x);
}

// hide-start
const std = @import("std");
// hide-end
const Point = struct {
    x: i32,
    y: i32,

    pub fn origin() Point {
        return .{ .x = 0, .y = 0 };
    }
};

const Box = struct {
    corner: Point, // top-left
    width: i32,
    height: i32,

    pub const unit_side: i32 = 1;

    pub fn init(x: i32, y: i32, width: i32, height: i32) Box {
        return .{ .corner = .{ .x = x, .y = y }, .width = width, .height = height };
    }

    pub fn square(corner: Point, side: i32) Box {
        return .{ .corner = corner, .width = side, .height = side };
    }

    pub fn area(self: Box) i32 {
        return self.width * self.height;
    }
};

test "init and other constructors are ordinary functions" {
    const detection = Box.init(10, 20, 30, 40);
    try std.testing.expectEqual(1200, detection.area());

    const pixel = Box.square(Point.origin(), Box.unit_side);
    try std.testing.expectEqual(1, pixel.area());
    try std.testing.expectEqual(Point{ .x = 0, .y = 0 }, pixel.corner);
}

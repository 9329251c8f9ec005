// hide-start
const std = @import("std");
// hide-end
const Point = struct {
    x: i32,
    y: i32,

    fn dot(self: Point, other: Point) i32 {
        return self.x * other.x + self.y * other.y;
    }

    fn plus(self: Point, other: Point) Point {
        return .{ .x = self.x + other.x, .y = self.y + other.y };
    }
};

test "methods are functions in the struct's namespace" {
    const a = Point{ .x = 1, .y = 2 };
    const b = Point{ .x = 3, .y = 4 };

    try std.testing.expectEqual(11, a.dot(b)); // method syntax
    try std.testing.expectEqual(11, Point.dot(a, b)); // the same call, spelled out
    try std.testing.expectEqual(Point{ .x = 4, .y = 6 }, a.plus(b));
}

// hide-start
const std = @import("std");
// hide-end
const Point = struct {
    x: i32,
    y: i32,
};

fn mirrored(p: Point) Point {
    return .{ .x = -p.x, .y = p.y }; // the return type says Point
}

test ".{ } takes its type from the context" {
    const a: Point = .{ .x = 2, .y = 5 }; // the declaration says Point
    const b = mirrored(.{ .x = 4, .y = 1 }); // the parameter says Point
    try std.testing.expectEqual(Point{ .x = -2, .y = 5 }, mirrored(a));
    try std.testing.expectEqual(Point{ .x = -4, .y = 1 }, b);
}

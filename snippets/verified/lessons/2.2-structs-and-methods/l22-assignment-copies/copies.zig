// hide-start
const std = @import("std");
// hide-end
const Point = struct {
    x: i32,
    y: i32,
};

test "a copy is independent of the original" {
    const original = Point{ .x = 1, .y = 1 };
    var moved = original; // a copy of both fields
    moved.x = 10;

    try std.testing.expectEqual(1, original.x); // unchanged
    try std.testing.expectEqual(10, moved.x);
}

const std = @import("std");
const boxes = @import("boxes.zig");

const Box = boxes.Box;
const Point = boxes.Point;
const expectEqual = std.testing.expectEqual;

test "init: fills in every field" {
    try expectEqual(Box{ .x = 10, .y = 20, .width = 30, .height = 40 }, Box.init(10, 20, 30, 40));
}

test "right, bottom and area" {
    const b = Box.init(10, 20, 30, 40);
    try expectEqual(40, b.right());
    try expectEqual(60, b.bottom());
    try expectEqual(1200, b.area());
    try expectEqual(0, Box.init(5, 5, 0, 7).area());
}

test "contains: pixels inside, the top-left corner included" {
    const b = Box.init(10, 20, 30, 40);
    try expectEqual(true, b.contains(.{ .x = 25, .y = 30 }));
    try expectEqual(true, b.contains(.{ .x = 10, .y = 20 }));
    try expectEqual(true, b.contains(.{ .x = 39, .y = 59 }));
}

test "contains: right() and bottom() are outside the box" {
    const b = Box.init(10, 20, 30, 40);
    try expectEqual(false, b.contains(.{ .x = 40, .y = 30 }));
    try expectEqual(false, b.contains(.{ .x = 25, .y = 60 }));
    try expectEqual(false, b.contains(.{ .x = 9, .y = 30 }));
    try expectEqual(false, b.contains(.{ .x = 25, .y = 19 }));
}

test "translated: a new box of the same size, the original unchanged" {
    const b = Box.init(10, 20, 30, 40);
    const moved = b.translated(5, -20);
    try expectEqual(Box{ .x = 15, .y = 0, .width = 30, .height = 40 }, moved);
    try expectEqual(Box{ .x = 10, .y = 20, .width = 30, .height = 40 }, b);
}

test "intersection: overlapping boxes share a box" {
    const a = Box.init(0, 0, 10, 10);
    const b = Box.init(5, 6, 10, 10);
    const shared = Box{ .x = 5, .y = 6, .width = 5, .height = 4 };
    try expectEqual(shared, a.intersection(b));
    try expectEqual(shared, b.intersection(a));
}

test "intersection: a box inside another" {
    const outer = Box.init(0, 0, 100, 100);
    const inner = Box.init(20, 30, 10, 10);
    try expectEqual(inner, outer.intersection(inner));
    try expectEqual(inner, inner.intersection(outer));
}

test "intersection: boxes that only touch share no pixel" {
    const a = Box.init(0, 0, 10, 10);
    try expectEqual(null, a.intersection(Box.init(10, 0, 5, 5)));
    try expectEqual(null, a.intersection(Box.init(0, 10, 5, 5)));
}

test "intersection: boxes far apart" {
    const a = Box.init(0, 0, 10, 10);
    try expectEqual(null, a.intersection(Box.init(50, 50, 5, 5)));
    try expectEqual(null, a.intersection(Box.init(3, 20, 5, 5)));
}

test "unionArea: shared pixels are counted once" {
    const a = Box.init(0, 0, 10, 10);
    try expectEqual(100 + 100 - 20, a.unionArea(Box.init(5, 6, 10, 10)));
    try expectEqual(100, a.unionArea(Box.init(2, 2, 3, 3)));
    try expectEqual(100 + 25, a.unionArea(Box.init(50, 50, 5, 5)));
}

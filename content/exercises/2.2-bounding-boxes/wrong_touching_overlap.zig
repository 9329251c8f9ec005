//! Exercise 2.2: Bounding Boxes (wrong: touching boxes overlap).
const std = @import("std");

pub const Point = struct {
    x: i32,
    y: i32,
};

pub const Box = struct {
    x: i32, // left edge
    y: i32, // top edge
    width: i32,
    height: i32,

    /// The box whose top-left corner is (x, y), with the given size.
    pub fn init(x: i32, y: i32, width: i32, height: i32) Box {
        return .{ .x = x, .y = y, .width = width, .height = height };
    }

    /// The first column to the right of the box: x + width.
    pub fn right(self: Box) i32 {
        return self.x + self.width;
    }

    /// The first row below the box: y + height.
    pub fn bottom(self: Box) i32 {
        return self.y + self.height;
    }

    /// The number of pixels the box covers.
    pub fn area(self: Box) i32 {
        return self.width * self.height;
    }

    /// Whether pixel `p` is inside the box. The left and top edges belong to
    /// the box; right() and bottom() are the first column and row outside it.
    pub fn contains(self: Box, p: Point) bool {
        return p.x >= self.x and p.x < self.right() and p.y >= self.y and p.y < self.bottom();
    }

    /// The same box moved by dx pixels to the right and dy pixels down.
    pub fn translated(self: Box, dx: i32, dy: i32) Box {
        return init(self.x + dx, self.y + dy, self.width, self.height);
    }

    /// The pixels covered by both boxes, as a box, or null when the boxes
    /// share no pixel (boxes that only touch along an edge share none).
    pub fn intersection(self: Box, other: Box) ?Box {
        const left = larger(self.x, other.x);
        const top = larger(self.y, other.y);
        const r = smaller(self.right(), other.right());
        const b = smaller(self.bottom(), other.bottom());
        if (r < left or b < top) return null;
        return init(left, top, r - left, b - top);
    }

    /// The number of pixels covered by at least one of the two boxes.
    pub fn unionArea(self: Box, other: Box) i32 {
        const shared = if (self.intersection(other)) |overlap| overlap.area() else 0;
        return self.area() + other.area() - shared;
    }
};

fn larger(a: i32, b: i32) i32 {
    return if (a > b) a else b;
}

fn smaller(a: i32, b: i32) i32 {
    return if (a < b) a else b;
}

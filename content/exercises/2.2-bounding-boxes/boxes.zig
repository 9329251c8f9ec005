//! Exercise 2.2: Bounding Boxes.
//!
//! The boxes an object detector draws around what it finds, in pixel
//! coordinates: x grows to the right, y grows downwards, and (x, y) is the
//! top-left corner of a box.
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
        // TODO
        _ = x;
        _ = y;
        _ = width;
        _ = height;
        return .{ .x = 0, .y = 0, .width = 0, .height = 0 };
    }

    /// The first column to the right of the box: x + width.
    pub fn right(self: Box) i32 {
        // TODO
        _ = self;
        return 0;
    }

    /// The first row below the box: y + height.
    pub fn bottom(self: Box) i32 {
        // TODO
        _ = self;
        return 0;
    }

    /// The number of pixels the box covers.
    pub fn area(self: Box) i32 {
        // TODO
        _ = self;
        return 0;
    }

    /// Whether pixel `p` is inside the box. The left and top edges belong to
    /// the box; right() and bottom() are the first column and row outside it.
    pub fn contains(self: Box, p: Point) bool {
        // TODO
        _ = self;
        _ = p;
        return false;
    }

    /// The same box moved by dx pixels to the right and dy pixels down.
    pub fn translated(self: Box, dx: i32, dy: i32) Box {
        // TODO: return a new box; self cannot change.
        _ = dx;
        _ = dy;
        return self;
    }

    /// The pixels covered by both boxes, as a box, or null when the boxes
    /// share no pixel (boxes that only touch along an edge share none).
    pub fn intersection(self: Box, other: Box) ?Box {
        // TODO
        _ = self;
        _ = other;
        return null;
    }

    /// The number of pixels covered by at least one of the two boxes.
    pub fn unionArea(self: Box, other: Box) i32 {
        // TODO: pixels covered by both must be counted once.
        _ = self;
        _ = other;
        return 0;
    }
};

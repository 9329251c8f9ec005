const std = @import("std");

const Point = struct {
    x: i32,
    y: i32,
};

pub fn main() void {
    const corner = Point{ .x = 3, .y = -1 };
    std.debug.print("corner = {any}\n", .{corner});
    std.debug.print("x = {d}, y = {d}\n", .{ corner.x, corner.y });
}

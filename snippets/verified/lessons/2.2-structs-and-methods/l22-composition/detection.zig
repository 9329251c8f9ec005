const std = @import("std");

const Point = struct {
    x: i32,
    y: i32,
};

const Box = struct {
    corner: Point,
    width: i32,
    height: i32,

    fn bottomRight(self: Box) Point {
        return .{ .x = self.corner.x + self.width, .y = self.corner.y + self.height };
    }
};

const Detection = struct {
    box: Box,
    class_id: u16,
    score: f32 = 0.0,
};

pub fn main() void {
    const cat = Detection{
        .box = .{ .corner = .{ .x = 40, .y = 10 }, .width = 100, .height = 80 },
        .class_id = 15,
        .score = 0.92,
    };
    std.debug.print("{any}\n", .{cat});
    std.debug.print("bottom right = {any}\n", .{cat.box.bottomRight()});
}

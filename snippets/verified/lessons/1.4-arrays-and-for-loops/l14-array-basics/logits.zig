const std = @import("std");

pub fn main() void {
    const logits: [4]f32 = [4]f32{ 2.0, -1.0, 0.5, 3.0 };
    const pixel = [_]u8{ 255, 128, 0 }; // [_] counts for you: a [3]u8

    std.debug.print("logits: {any}\n", .{logits});
    std.debug.print("{d} logits, {d} channels\n", .{ logits.len, pixel.len });
    std.debug.print("first logit {d}, last channel {d}\n", .{ logits[0], pixel[pixel.len - 1] });
}

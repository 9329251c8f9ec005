const std = @import("std");

const Token = struct {
    id: u32,
    score: f32,
    is_special: bool,
};

pub fn main() void {
    std.debug.print("u8:          {d}\n", .{@sizeOf(u8)});
    std.debug.print("bool:        {d}\n", .{@sizeOf(bool)});
    std.debug.print("f32:         {d}\n", .{@sizeOf(f32)});
    std.debug.print("f64:         {d}\n", .{@sizeOf(f64)});
    std.debug.print("usize:       {d}\n", .{@sizeOf(usize)});
    std.debug.print("[768]f32:    {d}\n", .{@sizeOf([768]f32)});
    std.debug.print("Token:       {d}\n", .{@sizeOf(Token)});
    std.debug.print("[]const f32: {d}\n", .{@sizeOf([]const f32)});

    // A 768 x 768 weight matrix of f32, computed at compile time.
    const hidden = 768;
    const matrix_bytes = hidden * hidden * @sizeOf(f32);
    std.debug.print("768x768 f32 matrix: {d} bytes\n", .{matrix_bytes});
}

const std = @import("std");

pub fn main() !void {
    const allocator = std.heap.page_allocator;

    const bytes = try allocator.alloc(u8, 4);
    defer allocator.free(bytes);
    std.debug.print("fresh bytes:  {any}\n", .{bytes});

    const scores = try allocator.alloc(f32, 3);
    defer allocator.free(scores);
    std.debug.print("fresh floats: {any}\n", .{scores});

    @memset(scores, 0);
    std.debug.print("after memset: {any}\n", .{scores});
}

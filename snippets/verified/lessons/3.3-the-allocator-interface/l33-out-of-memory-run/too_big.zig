const std = @import("std");

pub fn main() void {
    const allocator = std.heap.page_allocator;
    const count: usize = 1 << 60; // 2^60 floats: four exbibytes

    const huge = allocator.alloc(f32, count) catch |err| {
        std.debug.print("could not allocate {d} floats: {t}\n", .{ count, err });
        return;
    };
    defer allocator.free(huge);
    std.debug.print("this line never runs\n", .{});
}

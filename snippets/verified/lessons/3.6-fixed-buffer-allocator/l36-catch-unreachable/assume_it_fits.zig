const std = @import("std");

pub fn main() void {
    var buffer: [64]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);
    const allocator = fba.allocator();

    const embedding = allocator.alloc(f32, 8) catch unreachable; // 32 bytes: fits
    @memset(embedding, 0.0);
    const second = allocator.alloc(f32, 16) catch unreachable; // 64 more: does not
    @memset(second, 0.0);
    std.debug.print("both fit\n", .{});
}

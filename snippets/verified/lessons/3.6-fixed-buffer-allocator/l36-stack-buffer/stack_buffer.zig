const std = @import("std");

pub fn main() !void {
    var buffer: [64]u8 = undefined; // 64 bytes in this stack frame
    var fba = std.heap.FixedBufferAllocator.init(&buffer);
    const allocator = fba.allocator();

    const token = try allocator.dupe(u8, "hello");
    std.debug.print("after dupe:  {d} of {d} bytes used\n", .{ fba.end_index, buffer.len });

    const ids = try allocator.alloc(u32, 4);
    @memset(ids, 0);
    std.debug.print("after alloc: {d} of {d} bytes used\n", .{ fba.end_index, buffer.len });
    std.debug.print("{s} {any}\n", .{ token, ids });
}

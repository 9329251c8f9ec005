const std = @import("std");

test "a fixed buffer allocator declared const" {
    var buffer: [64]u8 = undefined;
    const fba = std.heap.FixedBufferAllocator.init(&buffer);
    const ids = try fba.allocator().alloc(u32, 4);
    @memset(ids, 0);
}

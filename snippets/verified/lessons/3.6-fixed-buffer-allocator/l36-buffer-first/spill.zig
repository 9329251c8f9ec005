const std = @import("std");

test "small allocations use the buffer, big ones spill to the fallback" {
    var buffer: [256]u8 = undefined;
    var bfa = std.heap.BufferFirstAllocator.init(&buffer, std.testing.allocator);
    const allocator = bfa.allocator();

    const small = try allocator.alloc(f32, 16); // 64 bytes: from the buffer
    defer allocator.free(small);
    const big = try allocator.alloc(f32, 1024); // 4 KB: from std.testing.allocator
    defer allocator.free(big);

    try std.testing.expectEqual(@as(usize, 64), bfa.fixed_buffer_allocator.end_index);
}

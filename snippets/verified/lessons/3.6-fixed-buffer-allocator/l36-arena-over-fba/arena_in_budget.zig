const std = @import("std");

test "an arena that never touches the heap" {
    var buffer: [4096]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);
    var arena = std.heap.ArenaAllocator.init(fba.allocator());
    defer arena.deinit();
    const scratch = arena.allocator();

    var used_after_first: usize = 0;
    for (0..100) |i| { // a hundred inferences, one budget
        const hidden = try scratch.alloc(f32, 256); // 1 KB
        @memset(hidden, 0.0);
        const logits = try scratch.alloc(f32, 10);
        @memset(logits, 0.0);
        _ = arena.reset(.retain_capacity);
        if (i == 0) used_after_first = fba.end_index;
    }
    // The other 99 inferences reused the chunk the first one got.
    try std.testing.expectEqual(used_after_first, fba.end_index);

    // An inference that needs more than the budget is refused...
    try std.testing.expectError(error.OutOfMemory, scratch.alloc(f32, 1024));
    // ...and after a reset, the next one is served again.
    _ = arena.reset(.retain_capacity);
    const next = try scratch.alloc(f32, 256);
    @memset(next, 0.0);
}

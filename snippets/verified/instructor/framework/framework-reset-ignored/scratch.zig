const std = @import("std");

test "reuse the scratch arena for every batch" {
    var arena = std.heap.ArenaAllocator.init(std.testing.allocator);
    defer arena.deinit();
    const scratch = arena.allocator();

    for (0..3) |_| {
        const activations = try scratch.alloc(f32, 16);
        @memset(activations, 0);
        arena.reset(.retain_capacity);
    }
}

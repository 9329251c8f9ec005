const std = @import("std");

test "an arena declared const" {
    const arena = std.heap.ArenaAllocator.init(std.testing.allocator);
    defer arena.deinit();
    const scratch = arena.allocator();
    _ = try scratch.alloc(f32, 16);
}

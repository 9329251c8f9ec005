const std = @import("std");

test "sums in scratch" {
    const arena = std.heap.ArenaAllocator.init(std.testing.allocator);
    defer arena.deinit();
    const scratch = arena.allocator();
    const sums = try scratch.alloc(f64, 10);
    @memset(sums, 0.0);
}

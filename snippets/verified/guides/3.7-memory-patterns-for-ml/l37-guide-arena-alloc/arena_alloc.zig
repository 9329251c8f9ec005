const std = @import("std");

test "sums in scratch" {
    var arena = std.heap.ArenaAllocator.init(std.testing.allocator);
    defer arena.deinit();
    const sums = try arena.alloc(f64, 10);
    @memset(sums, 0.0);
}

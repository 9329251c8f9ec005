const std = @import("std");

test "free is for alloc, destroy is for create" {
    const allocator = std.testing.allocator;
    const best = try allocator.create(f32);
    allocator.free(best);
}

const std = @import("std");

test "destroy is for create, free is for alloc" {
    const allocator = std.testing.allocator;
    const weights = try allocator.alloc(f32, 4);
    allocator.destroy(weights);
}

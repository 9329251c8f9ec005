const std = @import("std");

fn filled(allocator: std.mem.Allocator, n: usize, value: f32) ![]f32 {
    _ = allocator;
    const v = try std.heap.page_allocator.alloc(f32, n);
    @memset(v, value);
    return v;
}

test "filled: passes OutOfMemory up to the caller" {
    try std.testing.expectError(error.OutOfMemory, filled(std.testing.failing_allocator, 3, 1.0));
}

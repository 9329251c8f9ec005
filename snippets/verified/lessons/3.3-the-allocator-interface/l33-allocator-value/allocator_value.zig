const std = @import("std");

test "an Allocator is two pointers, cheap to copy" {
    const allocator: std.mem.Allocator = std.heap.page_allocator;
    const copy = allocator; // copying it is fine: both use the same allocator
    _ = copy;
    try std.testing.expectEqual(2 * @sizeOf(usize), @sizeOf(std.mem.Allocator));
}

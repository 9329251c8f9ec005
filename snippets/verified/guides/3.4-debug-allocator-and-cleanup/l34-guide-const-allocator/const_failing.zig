const std = @import("std");

test "a FailingAllocator declared const" {
    const failing = std.testing.FailingAllocator.init(std.testing.allocator, .{ .fail_index = 1 });
    const allocator = failing.allocator();
    _ = allocator;
}

const std = @import("std");

fn initName(allocator: std.mem.Allocator, name: []const u8, rows: usize, cols: usize) ![]u8 {
    const owned_name = try allocator.dupe(u8, name); // asks for memory first
    errdefer allocator.free(owned_name);
    if (rows == 0 or cols == 0) return error.EmptyBatch;
    return owned_name;
}

test "an empty batch is an error and allocates nothing" {
    try std.testing.expectError(error.EmptyBatch, initName(std.testing.failing_allocator, "empty", 0, 4));
}

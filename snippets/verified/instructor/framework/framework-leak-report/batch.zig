const std = @import("std");

pub fn main() !void {
    var debug_allocator: std.heap.DebugAllocator(.{}) = .init;
    defer _ = debug_allocator.deinit();
    const gpa = debug_allocator.allocator();

    const batch = try gpa.alloc(f32, 8);
    @memset(batch, 0.5);
    std.debug.print("batch of {d} values ready\n", .{batch.len});
}

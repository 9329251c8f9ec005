const std = @import("std");

pub fn main() !void {
    var safe_allocator = std.heap.SafeAllocator.init(std.heap.page_allocator, .{});
    defer {
        const leaks = safe_allocator.deinit();
        std.debug.print("leaked allocations: {d}\n", .{leaks});
    }
    const gpa = safe_allocator.allocator();

    const embedding = try gpa.alloc(f32, 16);
    defer gpa.free(embedding);
    @memset(embedding, 0);
    std.debug.print("embedding has {d} dimensions\n", .{embedding.len});
}

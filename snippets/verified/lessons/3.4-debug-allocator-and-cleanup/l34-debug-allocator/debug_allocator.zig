const std = @import("std");

pub fn main() !void {
    var debug_allocator: std.heap.DebugAllocator(.{}) = .init;
    defer {
        const status = debug_allocator.deinit();
        std.debug.print("leak check: {t}\n", .{status});
    }
    const gpa = debug_allocator.allocator();

    const embedding = try gpa.alloc(f32, 16);
    defer gpa.free(embedding);
    @memset(embedding, 0);
    std.debug.print("embedding has {d} dimensions\n", .{embedding.len});
}

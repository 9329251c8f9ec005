const std = @import("std");

pub fn main() !void {
    var debug_allocator: std.heap.DebugAllocator(.{}) = .init;
    defer _ = debug_allocator.deinit();
    const gpa = debug_allocator.allocator();

    var arena = std.heap.ArenaAllocator.init(gpa);
    defer arena.deinit();
    const scratch = arena.allocator();

    const batch_sizes = [_]usize{ 256, 1024, 512, 64 };
    for (batch_sizes, 0..) |size, step| {
        const activations = try scratch.alloc(f32, size);
        @memset(activations, 0.5);
        const logits = try scratch.alloc(f32, size / 4);
        @memset(logits, 0.0);
        std.debug.print("batch {d}: {d} floats, arena holds {d} bytes\n", .{ step, size + size / 4, arena.queryCapacity() });
        _ = arena.reset(.retain_capacity); // drop this batch, keep the memory
    }

    _ = arena.reset(.{ .retain_with_limit = 4096 });
    std.debug.print("after retain_with_limit 4096: {d} bytes\n", .{arena.queryCapacity()});
    _ = arena.reset(.free_all);
    std.debug.print("after free_all: {d} bytes\n", .{arena.queryCapacity()});
}

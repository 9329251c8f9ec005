const std = @import("std");

pub fn main() !void {
    var safe_allocator = std.heap.SafeAllocator.init(std.heap.page_allocator, .{});
    defer if (safe_allocator.deinit() == .leak) std.debug.print("leaked!\n", .{});
    const gpa = safe_allocator.allocator();

    const batch = try gpa.alloc(f32, 8);
    defer gpa.free(batch);
}

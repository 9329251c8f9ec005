const std = @import("std");

/// Returns one id per byte of `text`. The caller owns the returned memory.
fn tokenize(allocator: std.mem.Allocator, text: []const u8) ![]u32 {
    const ids = try allocator.alloc(u32, text.len);
    for (text, 0..) |byte, i| {
        ids[i] = byte;
    }
    return ids;
}

pub fn main() !void {
    var debug_allocator: std.heap.DebugAllocator(.{}) = .init;
    defer {
        const status = debug_allocator.deinit();
        std.debug.print("leak check: {t}\n", .{status});
    }
    const gpa = debug_allocator.allocator();

    const ids = try tokenize(gpa, "hello");
    std.debug.print("{d} tokens, first id {d}\n", .{ ids.len, ids[0] });
}

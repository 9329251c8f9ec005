const std = @import("std");
// hide-start
const trace = @import("trace.zig");
// hide-end

pub fn main() !void {
    var buffer: [64]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);
    // hide-start
    var traced = trace.Tracer.fixed("buffer", &fba);
    const allocator = traced.allocator();
    // hide-end

    const a = try allocator.alloc(u8, 20);
    const b = try allocator.alloc(u8, 30);
    allocator.free(b); // the last one: its bytes come back
    const c = try allocator.alloc(u8, 10);
    allocator.free(a); // not the last one: nothing comes back
    const big = allocator.alloc(u8, 40);
    std.debug.print("c: {d} bytes, big: {any}\n", .{ c.len, big });
    fba.reset();
    // hide-start
    traced.reset();
    // hide-end
    const fresh = try allocator.alloc(u8, 40);
    defer allocator.free(fresh);
    std.debug.print("after reset: {d} bytes\n", .{fresh.len});
}

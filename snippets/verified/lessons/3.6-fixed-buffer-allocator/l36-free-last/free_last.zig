const std = @import("std");

pub fn main() !void {
    var buffer: [256]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);
    const allocator = fba.allocator();

    const a = try allocator.alloc(u8, 100);
    const b = try allocator.alloc(u8, 50);
    const c = try allocator.alloc(u8, 20);
    std.debug.print("a, b, c allocated: {d} bytes used\n", .{fba.end_index});

    allocator.free(a); // not the last one: nothing comes back
    std.debug.print("freed a:           {d} bytes used\n", .{fba.end_index});
    allocator.free(c); // the last one: its 20 bytes come back
    std.debug.print("freed c:           {d} bytes used\n", .{fba.end_index});
    allocator.free(b); // now b is the last one
    std.debug.print("freed b:           {d} bytes used\n", .{fba.end_index});

    fba.reset(); // start over: everything comes back
    std.debug.print("after reset():     {d} bytes used\n", .{fba.end_index});
}

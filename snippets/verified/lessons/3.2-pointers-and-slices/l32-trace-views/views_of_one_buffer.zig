const std = @import("std");
// hide-start
const trace = @import("trace.zig");
var traced = trace.Tracer.init("page_allocator", .backing, std.heap.page_allocator);
const page_allocator = traced.allocator();
// hide-end

pub fn main() !void {
    const logits = try page_allocator.alloc(f32, 6);
    defer page_allocator.free(logits);
    for (0..logits.len) |i| {
        logits[i] = 0.25;
    }
    const head = logits[0..2];
    const tail = logits[4..];
    std.debug.print("{d} + {d} of {d} floats, one allocation\n", .{ head.len, tail.len, logits.len });
}

const std = @import("std");
// hide-start
const trace = @import("trace.zig");
var traced = trace.Tracer.init("page_allocator", .backing, std.heap.page_allocator);
const allocator = traced.allocator();
// hide-end

fn loadScores(count: usize) ![]f32 {
    const scores = try allocator.alloc(f32, count);
    for (0..scores.len) |i| {
        scores[i] = 0.5;
    }
    return scores; // the floats outlive this call
}

pub fn main() !void {
    const scratch = try allocator.alloc(u8, 64);
    const scores = try loadScores(250);
    allocator.free(scratch);
    std.debug.print("{d} scores, first = {d}\n", .{ scores.len, scores[0] });
    allocator.free(scores);
}

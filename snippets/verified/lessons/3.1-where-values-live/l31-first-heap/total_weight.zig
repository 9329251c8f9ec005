const std = @import("std");

fn totalWeight(count: usize, initial: f32) !f32 {
    // count is a run-time value: the buffer must come from the heap.
    const weights = try std.heap.page_allocator.alloc(f32, count);
    defer std.heap.page_allocator.free(weights);

    // Fresh heap memory is undefined: write before you read.
    for (0..weights.len) |i| {
        weights[i] = initial;
    }

    var total: f32 = 0;
    for (weights) |w| total += w;
    std.debug.print("{d} weights, {d} bytes on the heap\n", .{ weights.len, weights.len * @sizeOf(f32) });
    return total;
}

pub fn main() !void {
    const total = try totalWeight(1000, 0.5);
    std.debug.print("total = {d}\n", .{total});
}

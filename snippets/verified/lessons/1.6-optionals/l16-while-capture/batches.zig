const std = @import("std");

const batch_sizes = [_]u32{ 32, 32, 32, 4 };
var next_batch: usize = 0; // top-level state: which batch comes next

fn nextBatch() ?u32 {
    if (next_batch == batch_sizes.len) return null;
    const size = batch_sizes[next_batch];
    next_batch += 1;
    return size;
}

pub fn main() void {
    var samples: u32 = 0;
    while (nextBatch()) |size| {
        samples += size;
        std.debug.print("batch of {d}, {d} samples so far\n", .{ size, samples });
    }
    std.debug.print("epoch done\n", .{});
}

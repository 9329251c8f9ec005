// hide-start
const std = @import("std");
// hide-end
fn batchesPerEpoch(samples: u32, batch_size: u32, drop_last: bool) u32 {
    const batches = blk: {
        if (batch_size == 0) break :blk 0;
        const full = samples / batch_size;
        if (drop_last or samples % batch_size == 0) break :blk full;
        break :blk full + 1; // a last, partial batch
    };
    return batches;
}

test "batches with and without the partial last one" {
    try std.testing.expectEqual(3, batchesPerEpoch(100, 32, true));
    try std.testing.expectEqual(4, batchesPerEpoch(100, 32, false));
    try std.testing.expectEqual(4, batchesPerEpoch(128, 32, false));
    try std.testing.expectEqual(0, batchesPerEpoch(100, 0, false));
}

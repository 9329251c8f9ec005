// hide-start
const std = @import("std");
// hide-end
const TrainOptions = struct {
    epochs: u32 = 10,
    drop_last: bool = false,
};

fn samplesSeen(dataset_size: u32, batch_size: u32, options: TrainOptions) u32 {
    const full_batches = dataset_size / batch_size;
    const per_epoch = if (options.drop_last) full_batches * batch_size else dataset_size;
    return per_epoch * options.epochs;
}

test "options with defaults read like keyword arguments" {
    try std.testing.expectEqual(1000, samplesSeen(100, 32, .{})); // all defaults
    try std.testing.expectEqual(300, samplesSeen(100, 32, .{ .epochs = 3 }));
    try std.testing.expectEqual(288, samplesSeen(100, 32, .{ .epochs = 3, .drop_last = true }));
}

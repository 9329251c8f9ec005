// hide-start
const std = @import("std");
// hide-end
const TrainingConfig = struct {
    seed: u64,
    batch_size: u32 = 32,
    epochs: u32 = 10,
    learning_rate: f32 = 0.001,
};

test "defaults fill in what the literal leaves out" {
    const quick = TrainingConfig{ .seed = 7 };
    try std.testing.expectEqual(32, quick.batch_size);
    try std.testing.expectEqual(10, quick.epochs);

    var long = TrainingConfig{ .seed = 7, .epochs = 100 };
    long.learning_rate = 0.0003; // a var struct's fields can change
    try std.testing.expectEqual(100, long.epochs);
    try std.testing.expectEqual(0.0003, long.learning_rate);
}

// hide-start
const std = @import("std");
// hide-end
test "decay the learning rate" {
    const learning_rate: f32 = 0.001;
    learning_rate = learning_rate * 0.5;
    try std.testing.expectEqual(0.0005, learning_rate);
}

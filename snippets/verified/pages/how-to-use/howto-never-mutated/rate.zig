const std = @import("std");

test "scale a learning rate" {
    var learning_rate: f32 = 0.01;
    const scaled = learning_rate * 10;
    try std.testing.expectEqual(@as(f32, 0.1), scaled);
}

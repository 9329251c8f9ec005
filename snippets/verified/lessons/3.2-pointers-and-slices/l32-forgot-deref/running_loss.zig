// hide-start
const std = @import("std");
// hide-end
fn addLoss(total: *f32, loss: f32) void {
    total += loss;
}

test "add a loss" {
    var loss_sum: f32 = 0;
    addLoss(&loss_sum, 0.5);
    try std.testing.expectEqual(@as(f32, 0.5), loss_sum);
}

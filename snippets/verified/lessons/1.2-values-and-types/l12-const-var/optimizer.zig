// hide-start
const std = @import("std");
// hide-end
test "a step counter and a fixed learning rate" {
    const learning_rate: f32 = 0.001; // explicit type
    const warmup_steps = 100; // type inferred from the literal
    var step: u32 = 0; // changes below, so var

    step += 1;
    step += 1;
    const loss: f32 = 0.004;
    const converged = loss < 0.01; // a comparison gives a bool
    const shuffle: bool = true;

    try std.testing.expectEqual(2, step);
    try std.testing.expectEqual(0.001, learning_rate);
    try std.testing.expectEqual(100, warmup_steps);
    try std.testing.expect(converged);
    try std.testing.expect(shuffle);
}

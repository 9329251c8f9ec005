// hide-start
const std = @import("std");
// hide-end
/// Gradient clipping: keep a gradient within [-limit, limit].
fn clip(gradient: f32, limit: f32) f32 {
    if (gradient > limit) {
        return limit;
    } else if (gradient < -limit) {
        return -limit;
    } else {
        return gradient;
    }
}

test "gradients are clipped to the limit" {
    try std.testing.expectEqual(1.0, clip(3.5, 1.0));
    try std.testing.expectEqual(-1.0, clip(-2.0, 1.0));
    try std.testing.expectEqual(0.25, clip(0.25, 1.0));
}

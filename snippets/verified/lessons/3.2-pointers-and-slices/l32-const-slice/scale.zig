// hide-start
const std = @import("std");
// hide-end
fn scaleInPlace(values: []f32, factor: f32) void {
    for (0..values.len) |i| values[i] *= factor;
}

test "scale a constant array" {
    const logits = [_]f32{ 2.0, 4.0, 6.0 };
    scaleInPlace(&logits, 0.5);
    try std.testing.expectEqual(@as(f32, 1.0), logits[0]);
}

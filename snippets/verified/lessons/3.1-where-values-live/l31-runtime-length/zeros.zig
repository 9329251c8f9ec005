// hide-start
const std = @import("std");
// hide-end
fn zeros(n: usize) f32 {
    var buffer: [n]f32 = undefined;
    for (0..n) |i| buffer[i] = 0;
    return buffer[0];
}

test "zeros" {
    try std.testing.expectEqual(@as(f32, 0), zeros(3));
}

// hide-start
const std = @import("std");
// hide-end
test "a slice is a view into the array" {
    var weights = [_]f32{ 0.1, 0.2, 0.3, 0.4, 0.5 };

    const all: []f32 = &weights; // the whole array
    const middle: []f32 = weights[1..4]; // elements 1, 2, 3
    middle[0] = 9.0; // writes into weights[1]

    try std.testing.expectEqual(@as(f32, 9.0), weights[1]);
    try std.testing.expectEqual(@as(f32, 9.0), all[1]);
    try std.testing.expectEqual(@as(usize, 3), middle.len);
}

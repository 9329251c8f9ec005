// hide-start
const std = @import("std");
// hide-end
test "an alias sees changes, a copy does not" {
    var weights = [_]f32{ 0.1, 0.2, 0.3 };
    const alias: []f32 = &weights; // same memory, second name
    var snapshot: [3]f32 = undefined;
    @memcpy(&snapshot, alias); // copy the three floats

    weights[0] = 5.0; // an optimizer step

    try std.testing.expectEqual(@as(f32, 5.0), alias[0]);
    try std.testing.expectEqual(@as(f32, 0.1), snapshot[0]);
}

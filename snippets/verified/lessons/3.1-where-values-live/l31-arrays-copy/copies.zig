// hide-start
const std = @import("std");
// hide-end
fn onesVector() [4]f32 {
    const v = [4]f32{ 1, 1, 1, 1 };
    return v; // copied out to the caller before this frame is discarded
}

test "assigning an array copies it" {
    const original = [3]f32{ 0.1, 0.2, 0.3 };
    var copy = original; // a second, independent set of 3 floats
    copy[0] = 9.9;

    try std.testing.expectEqual(@as(f32, 0.1), original[0]);
    try std.testing.expectEqual(@as(f32, 9.9), copy[0]);
}

test "returning an array copies it out of the frame" {
    const v = onesVector();
    try std.testing.expectEqual(@as(f32, 4), v[0] + v[1] + v[2] + v[3]);
}

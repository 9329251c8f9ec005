// hide-start
const std = @import("std");
// hide-end
fn scoreOfLabel(scores: []const f32, label: usize) f32 {
    return scores[label];
}

test "a label one past the last class" {
    const scores = [_]f32{ 0.1, 0.7, 0.2 }; // classes 0, 1, 2
    const label: usize = 3; // from a badly converted dataset
    try std.testing.expect(scoreOfLabel(&scores, label) > 0);
}

// hide-start
const std = @import("std");
// hide-end
fn scoreOfLabel(scores: []const f32, label: usize) error{LabelOutOfRange}!f32 {
    if (label >= scores.len) return error.LabelOutOfRange;
    return scores[label];
}

test "a bad label is an error the caller can handle" {
    const scores = [_]f32{ 0.1, 0.7, 0.2 };
    try std.testing.expectEqual(@as(f32, 0.7), try scoreOfLabel(&scores, 1));
    try std.testing.expectError(error.LabelOutOfRange, scoreOfLabel(&scores, 3));
}

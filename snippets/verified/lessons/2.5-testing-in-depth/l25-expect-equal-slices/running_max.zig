const std = @import("std");

/// Writes into out[i] the largest of values[0..i + 1].
/// `out` must have the same length as `values`.
fn runningMax(values: []const u32, out: []u32) void {
    var best: u32 = 0;
    for (values, 0..) |value, i| {
        if (value > best) best = value;
        out[i] = value; // bug: should be best
    }
}

test "running maximum of accuracies" {
    const accuracies = [_]u32{ 61, 70, 68, 75 };
    var out: [4]u32 = undefined;
    runningMax(accuracies[0..], out[0..]);

    const expected = [_]u32{ 61, 70, 70, 75 };
    try std.testing.expectEqualSlices(u32, expected[0..], out[0..]);
}

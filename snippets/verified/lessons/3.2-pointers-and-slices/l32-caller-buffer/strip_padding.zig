// hide-start
const std = @import("std");
// hide-end
const pad: u32 = 0;

/// Copies the non-padding tokens of `tokens` into `out` and returns the
/// filled part of `out`. Borrowed: the result points into `out`.
fn stripPadding(out: []u32, tokens: []const u32) error{BufferTooSmall}![]u32 {
    var count: usize = 0;
    for (tokens) |token| {
        if (token == pad) continue;
        if (count == out.len) return error.BufferTooSmall;
        out[count] = token;
        count += 1;
    }
    return out[0..count];
}

test "the caller's buffer outlives the call" {
    const batch_row = [_]u32{ 101, 7592, 102, pad, pad, pad };
    var buffer: [8]u32 = undefined; // lives in the test's frame
    const tokens = try stripPadding(&buffer, &batch_row);
    try std.testing.expectEqualSlices(u32, &.{ 101, 7592, 102 }, tokens);
}

test "a buffer that is too small is an error, not a crash" {
    const batch_row = [_]u32{ 101, 7592, 102 };
    var buffer: [2]u32 = undefined;
    try std.testing.expectError(error.BufferTooSmall, stripPadding(&buffer, &batch_row));
}

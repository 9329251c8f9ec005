// hide-start
const std = @import("std");
// hide-end
fn meanLength(total_tokens: u64, sequences: u32) f64 {
    return @floatFromInt(total_tokens) / @floatFromInt(sequences);
}

test "mean sequence length" {
    try std.testing.expectEqual(2.5, meanLength(10, 4));
}

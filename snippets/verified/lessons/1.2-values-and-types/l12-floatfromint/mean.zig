// hide-start
const std = @import("std");
// hide-end
fn meanLength(total_tokens: u64, sequences: u32) f64 {
    const total: f64 = @floatFromInt(total_tokens);
    return total / @as(f64, @floatFromInt(sequences));
}

test "mean sequence length" {
    try std.testing.expectEqual(2.5, meanLength(10, 4));
}

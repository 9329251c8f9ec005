const std = @import("std");
const budget = @import("budget.zig");

test "tokensInBatch: a small batch" {
    try std.testing.expectEqual(32 * 512, budget.tokensInBatch(32, 512));
}

test "tokensInBatch: more tokens than a u32 can count" {
    // 65,536 sequences of 131,072 tokens: 2^33 tokens, past the u32 limit.
    try std.testing.expectEqual(8_589_934_592, budget.tokensInBatch(65_536, 131_072));
}

test "mebibytes: keeps the fraction" {
    try std.testing.expectEqual(1, budget.mebibytes(1_048_576));
    try std.testing.expectEqual(1.5, budget.mebibytes(1_572_864));
    try std.testing.expectEqual(0.25, budget.mebibytes(262_144));
}

test "brighten: ordinary values" {
    try std.testing.expectEqual(110, budget.brighten(100, 10));
    try std.testing.expectEqual(255, budget.brighten(245, 10));
}

test "brighten: never wraps around to dark" {
    try std.testing.expectEqual(255, budget.brighten(250, 10));
    try std.testing.expectEqual(255, budget.brighten(255, 255));
}

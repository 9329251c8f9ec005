const std = @import("std");

fn tokensInBatch(batch_size: u32, seq_len: u32) u64 {
    return batch_size * seq_len;
}

test "a small batch" {
    try std.testing.expectEqual(16_384, tokensInBatch(32, 512));
}

test "more tokens than a u32 can count" {
    try std.testing.expectEqual(8_589_934_592, tokensInBatch(65_536, 131_072));
}

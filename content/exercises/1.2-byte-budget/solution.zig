//! Exercise 1.2: Byte Budget (reference solution).

/// How many tokens a batch holds: `batch_size` sequences of `seq_len` tokens.
/// Must work for every u32 batch size and length: the result is a u64.
pub fn tokensInBatch(batch_size: u32, seq_len: u32) u64 {
    return @as(u64, batch_size) * seq_len;
}

/// `bytes` in mebibytes (1 MiB = 1024 * 1024 bytes), with the fraction kept:
/// 1_572_864 bytes is 1.5 MiB.
pub fn mebibytes(bytes: u64) f64 {
    const value: f64 = @floatFromInt(bytes);
    return value / (1024 * 1024);
}

/// Brightens a pixel channel by `amount`. A channel cannot go above 255:
/// anything brighter stays at 255 (white), it never wraps around to dark.
pub fn brighten(pixel: u8, amount: u8) u8 {
    return pixel +| amount;
}

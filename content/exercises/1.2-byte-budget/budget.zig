//! Exercise 1.2: Byte Budget.
//!
//! Three sizes a data pipeline computes before it touches any data.
//! Replace each placeholder `return 0;` with the real computation.

/// How many tokens a batch holds: `batch_size` sequences of `seq_len` tokens.
/// Must work for every u32 batch size and length: the result is a u64.
pub fn tokensInBatch(batch_size: u32, seq_len: u32) u64 {
    // TODO: multiply, without overflowing a u32.
    _ = batch_size;
    _ = seq_len;
    return 0;
}

/// `bytes` in mebibytes (1 MiB = 1024 * 1024 bytes), with the fraction kept:
/// 1_572_864 bytes is 1.5 MiB.
pub fn mebibytes(bytes: u64) f64 {
    // TODO: the size in MiB, keeping the fraction.
    _ = bytes;
    return 0;
}

/// Brightens a pixel channel by `amount`. A channel cannot go above 255:
/// anything brighter stays at 255 (white), it never wraps around to dark.
pub fn brighten(pixel: u8, amount: u8) u8 {
    // TODO: add, stopping at the largest u8.
    _ = pixel;
    _ = amount;
    return 0;
}

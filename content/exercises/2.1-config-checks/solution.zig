//! Exercise 2.1: Config Checks (reference solution).
const std = @import("std");

pub const ConfigError = error{ ZeroBatch, BatchTooLarge, ZeroEpochs, BatchLargerThanDataset };

pub const max_batch_size: u32 = 4096;

/// Returns `n` when it is between 1 and `max_batch_size` (both included).
/// Errors: error.ZeroBatch for 0, error.BatchTooLarge above `max_batch_size`.
pub fn checkBatchSize(n: u32) ConfigError!u32 {
    if (n == 0) return error.ZeroBatch;
    if (n > max_batch_size) return error.BatchTooLarge;
    return n;
}

/// Returns `n` when it is at least 1. Errors: error.ZeroEpochs for 0.
pub fn checkEpochs(n: u32) ConfigError!u32 {
    if (n == 0) return error.ZeroEpochs;
    return n;
}

/// The number of optimizer steps in one epoch: one step per batch, and the
/// last batch may be smaller than the others (100 samples in batches of 32
/// take 4 steps).
/// Errors: every error of checkBatchSize (checked first), then
/// error.BatchLargerThanDataset when the batch size exceeds `samples`.
pub fn stepsPerEpoch(samples: u32, batch_size: u32) ConfigError!u32 {
    const batch = try checkBatchSize(batch_size);
    if (batch > samples) return error.BatchLargerThanDataset;
    return (samples + batch - 1) / batch; // round up: the partial batch counts
}

/// The steps of the whole run: the steps of one epoch times the epochs.
/// Errors: every error of stepsPerEpoch and of checkEpochs.
pub fn totalSteps(samples: u32, batch_size: u32, epochs: u32) ConfigError!u32 {
    const steps = try stepsPerEpoch(samples, batch_size);
    const rounds = try checkEpochs(epochs);
    return steps * rounds;
}

/// The exit status of the `check-config` command: 0 when the whole config is
/// valid, 2 for a bad batch size (zero or too large), 3 for zero epochs and
/// 4 for a batch size larger than the dataset.
pub fn exitCode(samples: u32, batch_size: u32, epochs: u32) u8 {
    _ = totalSteps(samples, batch_size, epochs) catch |err| return switch (err) {
        error.ZeroBatch, error.BatchTooLarge => 2,
        error.ZeroEpochs => 3,
        error.BatchLargerThanDataset => 4,
    };
    return 0;
}

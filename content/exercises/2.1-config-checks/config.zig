//! Exercise 2.1: Config Checks.
//!
//! Checks for the numbers in a training config, and the arithmetic that
//! depends on them. Every function that can fail says so in its return type.
const std = @import("std");

pub const ConfigError = error{ ZeroBatch, BatchTooLarge, ZeroEpochs, BatchLargerThanDataset };

pub const max_batch_size: u32 = 4096;

/// Returns `n` when it is between 1 and `max_batch_size` (both included).
/// Errors: error.ZeroBatch for 0, error.BatchTooLarge above `max_batch_size`.
pub fn checkBatchSize(n: u32) ConfigError!u32 {
    // TODO: return the right error, or the size itself.
    _ = n;
    return 0;
}

/// Returns `n` when it is at least 1. Errors: error.ZeroEpochs for 0.
pub fn checkEpochs(n: u32) ConfigError!u32 {
    // TODO
    _ = n;
    return 0;
}

/// The number of optimizer steps in one epoch: one step per batch, and the
/// last batch may be smaller than the others (100 samples in batches of 32
/// take 4 steps).
/// Errors: every error of checkBatchSize (checked first), then
/// error.BatchLargerThanDataset when the batch size exceeds `samples`.
pub fn stepsPerEpoch(samples: u32, batch_size: u32) ConfigError!u32 {
    // TODO: check, then count the batches.
    _ = samples;
    _ = batch_size;
    return 0;
}

/// The steps of the whole run: the steps of one epoch times the epochs.
/// Errors: every error of stepsPerEpoch and of checkEpochs.
pub fn totalSteps(samples: u32, batch_size: u32, epochs: u32) ConfigError!u32 {
    // TODO
    _ = samples;
    _ = batch_size;
    _ = epochs;
    return 0;
}

/// The exit status of the `check-config` command: 0 when the whole config is
/// valid, 2 for a bad batch size (zero or too large), 3 for zero epochs and
/// 4 for a batch size larger than the dataset.
pub fn exitCode(samples: u32, batch_size: u32, epochs: u32) u8 {
    // TODO: turn each error of totalSteps into its status.
    _ = samples;
    _ = batch_size;
    _ = epochs;
    return 255;
}

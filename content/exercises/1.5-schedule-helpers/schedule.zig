//! Exercise 1.5: Schedule Helpers.
//!
//! Small functions a training script needs around its schedule. The test file
//! imports this file, so every function it calls is `pub`.

/// `value`, limited to the range from `low` to `high` (both included).
/// Works for any number type: clamp(f32, 1.5, 0, 1) is 1.
pub fn clamp(comptime T: type, value: T, low: T, high: T) T {
    // TODO: return low, high or value.
    _ = value;
    _ = high;
    return low;
}

/// The learning rate after `drops` step decays: `initial` multiplied by
/// `factor` once per drop. Write it recursively.
pub fn stepDecay(initial: f32, factor: f32, drops: u32) f32 {
    // TODO: a base case, and a call with one drop fewer.
    _ = factor;
    _ = drops;
    return initial;
}

/// stepDecay with this project's usual settings: start at 0.1, halve per drop.
pub fn defaultStepDecay(drops: u32) f32 {
    // TODO: call stepDecay with the usual settings.
    _ = drops;
    return 0;
}

/// How many batches of `batch_size` it takes to see all `samples` once.
/// The last batch may be smaller than the others.
pub fn stepsPerEpoch(samples: u64, batch_size: u64) u64 {
    // TODO: divide, rounding up.
    _ = samples;
    _ = batch_size;
    return 0;
}

/// The number of decimal digits of `n`: 7 has one, 2048 has four, 0 has one.
/// Write it recursively.
pub fn countDigits(n: u64) u32 {
    // TODO: a base case, and a call on n without its last digit.
    _ = n;
    return 0;
}

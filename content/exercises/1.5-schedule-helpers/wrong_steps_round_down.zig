//! Exercise 1.5: a plausible wrong solution. stepsPerEpoch divides the way
//! integer division does, rounding down, and forgets the last, smaller batch.

/// `value`, limited to the range from `low` to `high` (both included).
/// Works for any number type: clamp(f32, 1.5, 0, 1) is 1.
pub fn clamp(comptime T: type, value: T, low: T, high: T) T {
    if (value < low) return low;
    if (value > high) return high;
    return value;
}

/// The learning rate after `drops` step decays: `initial` multiplied by
/// `factor` once per drop. Write it recursively.
pub fn stepDecay(initial: f32, factor: f32, drops: u32) f32 {
    if (drops == 0) return initial;
    return stepDecay(initial * factor, factor, drops - 1);
}

/// stepDecay with this project's usual settings: start at 0.1, halve per drop.
pub fn defaultStepDecay(drops: u32) f32 {
    return stepDecay(0.1, 0.5, drops);
}

/// How many batches of `batch_size` it takes to see all `samples` once.
/// The last batch may be smaller than the others.
pub fn stepsPerEpoch(samples: u64, batch_size: u64) u64 {
    return samples / batch_size; // wrong: drops the partial last batch
}

/// The number of decimal digits of `n`: 7 has one, 2048 has four, 0 has one.
/// Write it recursively.
pub fn countDigits(n: u64) u32 {
    if (n < 10) return 1;
    return 1 + countDigits(n / 10);
}

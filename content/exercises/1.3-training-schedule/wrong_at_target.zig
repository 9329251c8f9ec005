//! Exercise 1.3: Training Schedule (wrong: loops while the loss is at or above the target).

/// The learning rate at `step` during linear warm-up, in millionths
/// (a rate of 0.001 is 1000).
/// Before `warmup_steps`, it climbs from 0 in equal steps:
/// peak * step / warmup_steps, rounded down. From `warmup_steps` on, it is
/// `peak`. With `warmup_steps` 0 there is no warm-up at all.
/// `peak` can be any u32.
pub fn warmupRate(step: u32, warmup_steps: u32, peak: u32) u32 {
    // Also covers warmup_steps == 0: every step is >= 0, so no division by 0.
    if (step >= warmup_steps) return peak;
    // step < warmup_steps, so the result is below peak and fits in a u32.
    const rate = @as(u64, peak) * step / warmup_steps;
    return @intCast(rate);
}

/// Sorts a sequence into a bucket by its length in tokens, so that batches
/// hold sequences of similar length:
///   0 tokens          -> bucket 0 (empty)
///   1 to 128 tokens   -> bucket 1
///   129 to 512        -> bucket 2
///   513 to 2048       -> bucket 3
///   more than 2048    -> bucket 4
pub fn lengthBucket(tokens: u32) u8 {
    return switch (tokens) {
        0 => 0,
        1...128 => 1,
        129...512 => 2,
        513...2048 => 3,
        else => 4,
    };
}

/// A toy loss that halves (rounding down) after every step. How many steps
/// until it is at or below `target`? A loss already at or below the target
/// needs 0 steps.
pub fn stepsToReach(loss: u32, target: u32) u32 {
    var current = loss;
    var steps: u32 = 0;
    while (current >= target) : (steps += 1) {
        current /= 2;
    }
    return steps;
}

//! Exercise 2.3: Optimizer Memory (wrong: forgets the gradients).
const std = @import("std");

/// The number format weights, gradients and optimizer state are stored in.
pub const Dtype = enum {
    float16,
    bfloat16,
    float32,
    float64,

    /// Bytes per number: 2 for the two 16-bit formats, 4 for float32 and 8
    /// for float64.
    pub fn bytes(self: Dtype) u64 {
        return switch (self) {
            .float16, .bfloat16 => 2,
            .float32 => 4,
            .float64 => 8,
        };
    }
};

pub const Optimizer = enum {
    sgd,
    momentum,
    rmsprop,
    adam,
    adamw,

    /// Extra numbers the optimizer keeps per weight: none for sgd, one for
    /// momentum (a running average of the gradient) and rmsprop (a running
    /// average of its square), two for adam and adamw (both averages).
    pub fn slotsPerWeight(self: Optimizer) u64 {
        return switch (self) {
            .sgd => 0,
            .momentum, .rmsprop => 1,
            .adam, .adamw => 2,
        };
    }

    /// The optimizer stored under `code` in a config file: 0 sgd, 1 momentum,
    /// 2 rmsprop, 3 adam, 4 adamw. Every other code is error.UnknownOptimizer.
    pub fn fromCode(code: u8) error{UnknownOptimizer}!Optimizer {
        return switch (code) {
            0 => .sgd,
            1 => .momentum,
            2 => .rmsprop,
            3 => .adam,
            4 => .adamw,
            else => error.UnknownOptimizer,
        };
    }
};

/// Bytes needed to train `params` weights: for each weight, the weight itself,
/// its gradient and the optimizer's slots, every number in `dtype`.
pub fn trainingBytes(params: u64, dtype: Dtype, optimizer: Optimizer) u64 {
    const numbers_per_weight = 1 + optimizer.slotsPerWeight(); // weight + slots: the gradient is forgotten
    return params * numbers_per_weight * dtype.bytes();
}

/// The first optimizer of adamw, adam, rmsprop, momentum, sgd (in that order
/// of preference) whose training memory fits in `budget` bytes, or null when
/// not even sgd fits.
pub fn bestFit(params: u64, dtype: Dtype, budget: u64) ?Optimizer {
    const preference = [_]Optimizer{ .adamw, .adam, .rmsprop, .momentum, .sgd };
    for (preference) |optimizer| {
        if (trainingBytes(params, dtype, optimizer) <= budget) return optimizer;
    }
    return null;
}

//! Exercise 2.3: Optimizer Memory.
//!
//! How much memory does training take? Every weight needs its own value, its
//! gradient, and whatever state the optimizer keeps for it, each stored in
//! the chosen number format.
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
        // TODO
        _ = self;
        return 0;
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
        // TODO
        _ = self;
        return 0;
    }

    /// The optimizer stored under `code` in a config file: 0 sgd, 1 momentum,
    /// 2 rmsprop, 3 adam, 4 adamw. Every other code is error.UnknownOptimizer.
    pub fn fromCode(code: u8) error{UnknownOptimizer}!Optimizer {
        // TODO
        _ = code;
        return error.UnknownOptimizer;
    }
};

/// Bytes needed to train `params` weights: for each weight, the weight itself,
/// its gradient and the optimizer's slots, every number in `dtype`.
pub fn trainingBytes(params: u64, dtype: Dtype, optimizer: Optimizer) u64 {
    // TODO
    _ = params;
    _ = dtype;
    _ = optimizer;
    return 0;
}

/// The first optimizer of adamw, adam, rmsprop, momentum, sgd (in that order
/// of preference) whose training memory fits in `budget` bytes, or null when
/// not even sgd fits.
pub fn bestFit(params: u64, dtype: Dtype, budget: u64) ?Optimizer {
    // TODO
    _ = params;
    _ = dtype;
    _ = budget;
    return null;
}

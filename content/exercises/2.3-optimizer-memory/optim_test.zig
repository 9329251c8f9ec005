const std = @import("std");
const optim = @import("optim.zig");

const Dtype = optim.Dtype;
const Optimizer = optim.Optimizer;
const expectEqual = std.testing.expectEqual;

test "bytes: every number format" {
    try expectEqual(2, Dtype.float16.bytes());
    try expectEqual(2, Dtype.bfloat16.bytes());
    try expectEqual(4, Dtype.float32.bytes());
    try expectEqual(8, Dtype.float64.bytes());
}

test "slotsPerWeight: sgd keeps nothing, the Adam family two" {
    try expectEqual(0, Optimizer.sgd.slotsPerWeight());
    try expectEqual(2, Optimizer.adam.slotsPerWeight());
    try expectEqual(2, Optimizer.adamw.slotsPerWeight());
}

test "slotsPerWeight: momentum and rmsprop keep one slot each" {
    try expectEqual(1, Optimizer.momentum.slotsPerWeight());
    try expectEqual(1, Optimizer.rmsprop.slotsPerWeight());
}

test "fromCode: the five codes" {
    try expectEqual(Optimizer.sgd, Optimizer.fromCode(0));
    try expectEqual(Optimizer.momentum, Optimizer.fromCode(1));
    try expectEqual(Optimizer.rmsprop, Optimizer.fromCode(2));
    try expectEqual(Optimizer.adam, Optimizer.fromCode(3));
    try expectEqual(Optimizer.adamw, Optimizer.fromCode(4));
}

test "fromCode: any other code is an error, not a crash" {
    try expectEqual(error.UnknownOptimizer, Optimizer.fromCode(5));
    try expectEqual(error.UnknownOptimizer, Optimizer.fromCode(255));
}

test "trainingBytes: weights, gradients and optimizer state" {
    try expectEqual(1000 * 4 * 2, optim.trainingBytes(1000, .float32, .sgd));
    try expectEqual(1000 * 4 * 3, optim.trainingBytes(1000, .float32, .momentum));
    try expectEqual(1000 * 4 * 4, optim.trainingBytes(1000, .float32, .adam));
    try expectEqual(1000 * 2 * 4, optim.trainingBytes(1000, .bfloat16, .adamw));
}

test "trainingBytes: a 7-billion-parameter model" {
    // bfloat16 with AdamW: 8 bytes per weight, 56 GB in all.
    try expectEqual(56_000_000_000, optim.trainingBytes(7_000_000_000, .bfloat16, .adamw));
}

test "bestFit: the most preferred optimizer that fits" {
    try expectEqual(Optimizer.adamw, optim.bestFit(1000, .float32, 16_000));
    try expectEqual(Optimizer.rmsprop, optim.bestFit(1000, .float32, 15_999));
    try expectEqual(Optimizer.rmsprop, optim.bestFit(1000, .float64, 24_000));
    try expectEqual(Optimizer.sgd, optim.bestFit(1000, .float32, 8_000));
}

test "bestFit: null when nothing fits" {
    try expectEqual(null, optim.bestFit(1000, .float32, 7_999));
    try expectEqual(null, optim.bestFit(1000, .float16, 0));
}

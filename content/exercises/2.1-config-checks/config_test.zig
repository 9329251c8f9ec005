const std = @import("std");
const config = @import("config.zig");

const expectEqual = std.testing.expectEqual;

test "checkBatchSize: valid sizes come back unchanged, edges included" {
    try expectEqual(1, config.checkBatchSize(1));
    try expectEqual(32, config.checkBatchSize(32));
    try expectEqual(4096, config.checkBatchSize(4096));
}

test "checkBatchSize: zero and too large are two different errors" {
    try expectEqual(error.ZeroBatch, config.checkBatchSize(0));
    try expectEqual(error.BatchTooLarge, config.checkBatchSize(4097));
}

test "checkEpochs: zero epochs is an error" {
    try expectEqual(1, config.checkEpochs(1));
    try expectEqual(20, config.checkEpochs(20));
    try expectEqual(error.ZeroEpochs, config.checkEpochs(0));
}

test "stepsPerEpoch: the last, smaller batch is a step too" {
    try expectEqual(2, config.stepsPerEpoch(64, 32));
    try expectEqual(4, config.stepsPerEpoch(100, 32));
    try expectEqual(1563, config.stepsPerEpoch(50_000, 32));
    try expectEqual(1, config.stepsPerEpoch(100, 100));
}

test "stepsPerEpoch: a bad batch size is an error, never a crash" {
    try expectEqual(error.ZeroBatch, config.stepsPerEpoch(100, 0));
    try expectEqual(error.BatchLargerThanDataset, config.stepsPerEpoch(100, 101));
}

test "stepsPerEpoch: the batch size is checked before it is compared with the dataset" {
    try expectEqual(error.BatchTooLarge, config.stepsPerEpoch(100, 5000));
}

test "totalSteps: multiplies by the epochs" {
    try expectEqual(4689, config.totalSteps(50_000, 32, 3));
    try expectEqual(4, config.totalSteps(100, 32, 1));
}

test "totalSteps: every error reaches the caller unchanged" {
    try expectEqual(error.ZeroBatch, config.totalSteps(100, 0, 3));
    try expectEqual(error.BatchTooLarge, config.totalSteps(100, 5000, 3));
    try expectEqual(error.BatchLargerThanDataset, config.totalSteps(100, 200, 3));
    try expectEqual(error.ZeroEpochs, config.totalSteps(100, 32, 0));
}

test "exitCode: 0 for a valid config" {
    try expectEqual(0, config.exitCode(50_000, 32, 3));
}

test "exitCode: one status per kind of problem" {
    try expectEqual(2, config.exitCode(100, 0, 3));
    try expectEqual(2, config.exitCode(100, 5000, 3));
    try expectEqual(3, config.exitCode(100, 32, 0));
    try expectEqual(4, config.exitCode(100, 200, 3));
}

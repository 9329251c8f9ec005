//! Tests for exercise 3.7. Run them with: zig test model_test.zig

const std = @import("std");
const model = @import("model.zig");
const SimpleModel = model.SimpleModel;

const testing = std.testing;

// A model with 2 inputs and 3 outputs. Row i holds input i's weights to the
// outputs 0, 1 and 2.
const weights = [_]f64{
    1.0, -1.0, 0.5, // input 0
    2.0, 0.0, -2.0, // input 1
};
const bias = [_]f64{ 0.0, 1.0, 0.25 };

test "init copies the weights and the bias into memory the model owns" {
    var my_weights = weights;
    var my_bias = bias;
    var m = try SimpleModel.init(testing.allocator, 2, &my_weights, &my_bias);
    defer m.deinit();

    // The caller reuses its arrays: the model must not notice.
    my_weights[0] = 100.0;
    my_bias[0] = 100.0;

    try testing.expectEqualSlices(f64, &weights, m.weights);
    try testing.expectEqualSlices(f64, &bias, m.bias);
}

test "init rejects weights that are not input_size × outputs" {
    // 6 weights and 3 biases mean 2 inputs, not 3.
    try testing.expectError(error.ShapeMismatch, SimpleModel.init(testing.allocator, 3, &weights, &bias));
    try testing.expectError(error.ShapeMismatch, SimpleModel.init(testing.allocator, 2, weights[0..5], &bias));
}

test "predict computes input × weights + bias" {
    var m = try SimpleModel.init(testing.allocator, 2, &weights, &bias);
    defer m.deinit();

    const output = try m.predict(testing.allocator, &[_]f64{ 3.0, 0.5 });
    defer testing.allocator.free(output);

    // output[0] = 0.0  + 3.0 * 1.0  + 0.5 * 2.0  =  4.0
    // output[1] = 1.0  + 3.0 * -1.0 + 0.5 * 0.0  = -2.0
    // output[2] = 0.25 + 3.0 * 0.5  + 0.5 * -2.0 =  0.75
    try testing.expectEqualSlices(f64, &[_]f64{ 4.0, -2.0, 0.75 }, output);
}

test "predict on an all-zero input returns the bias" {
    var m = try SimpleModel.init(testing.allocator, 2, &weights, &bias);
    defer m.deinit();

    const output = try m.predict(testing.allocator, &[_]f64{ 0.0, 0.0 });
    defer testing.allocator.free(output);

    try testing.expectEqualSlices(f64, &bias, output);
}

test "each result belongs to its caller, and the model does not change" {
    var m = try SimpleModel.init(testing.allocator, 2, &weights, &bias);
    defer m.deinit();

    const first = try m.predict(testing.allocator, &[_]f64{ 3.0, 0.5 });
    defer testing.allocator.free(first);
    const second = try m.predict(testing.allocator, &[_]f64{ -1.0, 1.0 });
    defer testing.allocator.free(second);

    // The second inference must not overwrite the first result.
    try testing.expectEqualSlices(f64, &[_]f64{ 4.0, -2.0, 0.75 }, first);
    // output = (1.0, 1.0 + 1.0, 0.25 - 0.5 - 2.0)
    try testing.expectEqualSlices(f64, &[_]f64{ 1.0, 2.0, -2.25 }, second);
    try testing.expectEqualSlices(f64, &weights, m.weights);
    try testing.expectEqualSlices(f64, &bias, m.bias);
}

test "predict rejects an input of the wrong size" {
    var m = try SimpleModel.init(testing.allocator, 2, &weights, &bias);
    defer m.deinit();

    try testing.expectError(error.ShapeMismatch, m.predict(testing.allocator, &[_]f64{ 1.0, 2.0, 3.0 }));
}

// The errors the model's functions may return. checkAllAllocationFailures
// needs OutOfMemory in the helpers' error set; NotImplemented is listed so the
// tests also compile against the untouched starter.
const ModelError = error{ OutOfMemory, ShapeMismatch, NotImplemented };

fn loadAndUnload(allocator: std.mem.Allocator) ModelError!void {
    var m = try SimpleModel.init(allocator, 2, &weights, &bias);
    m.deinit();
}

test "init leaks nothing, whichever of its allocations fails" {
    try testing.checkAllAllocationFailures(testing.allocator, loadAndUnload, .{});
}

fn predictOnce(allocator: std.mem.Allocator, m: *const SimpleModel) ModelError!void {
    const output = try m.predict(allocator, &[_]f64{ 3.0, 0.5 });
    allocator.free(output);
}

test "predict leaks nothing, whichever of its allocations fails" {
    var m = try SimpleModel.init(testing.allocator, 2, &weights, &bias);
    defer m.deinit();

    try testing.checkAllAllocationFailures(testing.allocator, predictOnce, .{&m});
}

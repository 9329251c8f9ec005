//! Tests for exercise 3.7. Run them with: zig test model_test.zig

const std = @import("std");
const model = @import("model.zig");
const SimpleModel = model.SimpleModel;

const testing = std.testing;

// 2 inputs → 3 hidden units → 2 outputs. Row i of each matrix holds the
// weights from input i of that layer to each of its outputs.
const hidden_weights = [_]f64{
    1.0, -1.0, 0.5, // input 0 → hidden 0, 1, 2
    2.0, 0.0, -2.0, // input 1
};
const hidden_bias = [_]f64{ 0.0, 1.0, 0.25 };
const output_weights = [_]f64{
    1.0, 0.0, // hidden 0 → output 0, 1
    0.0, 1.0, // hidden 1
    2.0, -1.0, // hidden 2
};
const output_bias = [_]f64{ 0.5, 1.0 };

fn load(allocator: std.mem.Allocator) !SimpleModel {
    return SimpleModel.init(allocator, 2, &hidden_weights, &hidden_bias, &output_weights, &output_bias);
}

/// Runs `predict` on the allocator of `counting` (a FailingAllocator that never
/// fails, used as a counter) and checks what it left alive there: its result,
/// and nothing else. Every test that checks a result of predict goes through here.
fn predictChecked(m: *const SimpleModel, counting: *testing.FailingAllocator, input: []const f64) ![]f64 {
    const alive_before = counting.allocations - counting.deallocations;
    const output = try m.predict(counting.allocator(), input);
    const left = counting.allocations - counting.deallocations - alive_before;
    if (left == 0) {
        std.debug.print("predict returned a result, but none of its memory is still alive on the caller's allocator: " ++
            "it was given back when predict returned. How long must the result live, and who gives it back?\n", .{});
        return error.ResultDiedWithPredict;
    }
    if (left > 1) {
        std.debug.print("predict returned with {d} allocations still alive on the caller's allocator, " ++
            "and only one of them is the result. Which memory of predict is needed after it returns, " ++
            "and what gives the rest back when it returns?\n", .{left});
        return error.ScratchOutlivedPredict;
    }
    return output;
}

test "init copies every weight and bias into memory the model owns" {
    var my_hidden_weights = hidden_weights;
    var my_hidden_bias = hidden_bias;
    var my_output_weights = output_weights;
    var my_output_bias = output_bias;
    var m = try SimpleModel.init(testing.allocator, 2, &my_hidden_weights, &my_hidden_bias, &my_output_weights, &my_output_bias);
    defer m.deinit();

    // The caller reuses its arrays: the model must not notice.
    my_hidden_weights[0] = 100.0;
    my_hidden_bias[0] = 100.0;
    my_output_weights[0] = 100.0;
    my_output_bias[0] = 100.0;

    try testing.expectEqualSlices(f64, &hidden_weights, m.hidden_weights);
    try testing.expectEqualSlices(f64, &hidden_bias, m.hidden_bias);
    try testing.expectEqualSlices(f64, &output_weights, m.output_weights);
    try testing.expectEqualSlices(f64, &output_bias, m.output_bias);
}

test "init rejects weights whose shapes do not match" {
    // 6 hidden weights and 3 hidden biases mean 2 inputs, not 3.
    try testing.expectError(error.ShapeMismatch, SimpleModel.init(testing.allocator, 3, &hidden_weights, &hidden_bias, &output_weights, &output_bias));
    try testing.expectError(error.ShapeMismatch, SimpleModel.init(testing.allocator, 2, hidden_weights[0..5], &hidden_bias, &output_weights, &output_bias));
    // 3 hidden units and 2 outputs need 6 output weights, not 5.
    try testing.expectError(error.ShapeMismatch, SimpleModel.init(testing.allocator, 2, &hidden_weights, &hidden_bias, output_weights[0..5], &output_bias));
}

test "predict runs input → hidden → output" {
    var m = try load(testing.allocator);
    defer m.deinit();

    var counting = testing.FailingAllocator.init(testing.allocator, .{});
    const output = try predictChecked(&m, &counting, &[_]f64{ 3.0, 0.5 });
    defer counting.allocator().free(output);

    // hidden before relu = (0 + 3*1 + 0.5*2, 1 + 3*-1 + 0.5*0, 0.25 + 3*0.5 + 0.5*-2)
    //                    = (4, -2, 0.75);  after relu: (4, 0, 0.75)
    // output[0] = 0.5 + 4*1 + 0*0 + 0.75*2  = 6.0
    // output[1] = 1.0 + 4*0 + 0*1 + 0.75*-1 = 0.25
    try testing.expectEqualSlices(f64, &[_]f64{ 6.0, 0.25 }, output);
}

test "predict on an all-zero input: the hidden layer is relu(hidden_bias)" {
    var m = try load(testing.allocator);
    defer m.deinit();

    var counting = testing.FailingAllocator.init(testing.allocator, .{});
    const output = try predictChecked(&m, &counting, &[_]f64{ 0.0, 0.0 });
    defer counting.allocator().free(output);

    // hidden = (0, 1, 0.25): output = (0.5 + 0.25*2, 1.0 + 1 - 0.25)
    try testing.expectEqualSlices(f64, &[_]f64{ 1.0, 1.75 }, output);
}

test "each result belongs to its caller, and the model does not change" {
    var m = try load(testing.allocator);
    defer m.deinit();

    var counting = testing.FailingAllocator.init(testing.allocator, .{});
    const first = try predictChecked(&m, &counting, &[_]f64{ 3.0, 0.5 });
    defer counting.allocator().free(first);
    const second = try predictChecked(&m, &counting, &[_]f64{ -1.0, 1.0 });
    defer counting.allocator().free(second);

    // The second inference must not overwrite the first result.
    try testing.expectEqualSlices(f64, &[_]f64{ 6.0, 0.25 }, first);
    // hidden = relu(1, 2, -2.25) = (1, 2, 0): output = (0.5 + 1, 1.0 + 2)
    try testing.expectEqualSlices(f64, &[_]f64{ 1.5, 3.0 }, second);
    try testing.expectEqualSlices(f64, &hidden_weights, m.hidden_weights);
    try testing.expectEqualSlices(f64, &output_bias, m.output_bias);
}

test "after predict returns, the caller's allocator holds only the result" {
    var m = try load(testing.allocator);
    defer m.deinit();

    var counting = testing.FailingAllocator.init(testing.allocator, .{});
    const output = try predictChecked(&m, &counting, &[_]f64{ 3.0, 0.5 });
    defer counting.allocator().free(output);

    // Alive now: the result, 2 outputs of 8 bytes, and not one byte more.
    try testing.expectEqual(2 * @sizeOf(f64), counting.allocated_bytes - counting.freed_bytes);
}

test "predict rejects an input of the wrong size" {
    var m = try load(testing.allocator);
    defer m.deinit();

    try testing.expectError(error.ShapeMismatch, m.predict(testing.allocator, &[_]f64{ 1.0, 2.0, 3.0 }));
}

// The errors the model's functions may return. checkAllAllocationFailures
// needs OutOfMemory in the helpers' error set; NotImplemented is listed so the
// tests also compile against the untouched starter.
const ModelError = error{ OutOfMemory, ShapeMismatch, NotImplemented };

fn loadAndUnload(allocator: std.mem.Allocator) ModelError!void {
    var m = try load(allocator);
    m.deinit();
}

test "init leaks nothing, whichever of its allocations fails" {
    try testing.checkAllAllocationFailures(testing.allocator, loadAndUnload, .{});
}

fn predictOnce(allocator: std.mem.Allocator, m: *const SimpleModel) anyerror!void {
    var counting = testing.FailingAllocator.init(allocator, .{});
    const output = try predictChecked(m, &counting, &[_]f64{ 3.0, 0.5 });
    counting.allocator().free(output);
}

test "predict leaks nothing, whichever of its allocations fails" {
    var m = try load(testing.allocator);
    defer m.deinit();

    try testing.checkAllAllocationFailures(testing.allocator, predictOnce, .{&m});
}

//! Exercise 3.7: SimpleModel (reference solution)
//!
//! A one-layer model that owns its weights and runs inferences without
//! leaking a byte. Run the tests with:
//!
//!     zig test model_test.zig

const std = @import("std");

/// One dense layer: output = input × weights + bias.
///
/// `weights` holds one row per input, each row holding one value per output:
/// weights[i * output_size + j] is the weight from input i to output j,
/// where output_size is bias.len.
pub const SimpleModel = struct {
    /// input_size × output_size values, owned by the model.
    weights: []f64,
    /// output_size values, owned by the model.
    bias: []f64,
    input_size: usize,
    /// The allocator that owns weights and bias, kept for deinit.
    allocator: std.mem.Allocator,

    /// Loads a model: copies `weights` and `bias` into memory the model owns,
    /// so the caller may reuse or free its own arrays afterwards.
    /// Returns error.ShapeMismatch, without allocating anything, when
    /// weights.len is not input_size * bias.len.
    pub fn init(allocator: std.mem.Allocator, input_size: usize, weights: []const f64, bias: []const f64) !SimpleModel {
        if (weights.len != input_size * bias.len) return error.ShapeMismatch;

        const own_weights = try allocator.dupe(f64, weights);
        errdefer allocator.free(own_weights);
        const own_bias = try allocator.dupe(f64, bias);

        return .{
            .weights = own_weights,
            .bias = own_bias,
            .input_size = input_size,
            .allocator = allocator,
        };
    }

    /// Frees everything init allocated.
    pub fn deinit(self: *SimpleModel) void {
        self.allocator.free(self.weights);
        self.allocator.free(self.bias);
    }

    /// Runs one inference: output[j] = bias[j] + Σ_i input[i] * weights[i * output_size + j].
    /// Returns error.ShapeMismatch when input.len is not the model's input size.
    /// The caller owns the returned slice and frees it with `allocator`.
    pub fn predict(self: *const SimpleModel, allocator: std.mem.Allocator, input: []const f64) ![]f64 {
        if (input.len != self.input_size) return error.ShapeMismatch;
        const output_size = self.bias.len;

        // Scratch: lives for this call only.
        var arena = std.heap.ArenaAllocator.init(allocator);
        defer arena.deinit();
        const scratch = arena.allocator();

        const sums = try scratch.alloc(f64, output_size);
        for (0..output_size) |j| {
            var sum: f64 = 0.0;
            for (input, 0..) |x, i| sum += x * self.weights[i * output_size + j];
            sums[j] = sum;
        }

        // Result: on the caller's allocator, so it outlives the arena.
        const output = try allocator.alloc(f64, output_size);
        for (sums, 0..) |sum, j| output[j] = sum + self.bias[j];
        return output;
    }
};

//! Exercise 3.7: SimpleModel (a plausible wrong solution: the result lives in the arena)
//!
//! A two-layer model that owns its weights and runs inferences without
//! leaking a byte. Run the tests with:
//!
//!     zig test model_test.zig

const std = @import("std");

/// A small two-layer network: input → hidden → output.
///
///     hidden = relu(input × hidden_weights + hidden_bias)
///     output = hidden × output_weights + output_bias
///
/// Each weight matrix holds one row per input of its layer:
/// hidden_weights[i * hidden_size + h] connects input i to hidden unit h,
/// output_weights[h * output_size + o] connects hidden unit h to output o,
/// where hidden_size is hidden_bias.len and output_size is output_bias.len.
pub const SimpleModel = struct {
    /// input_size × hidden_size values, owned by the model.
    hidden_weights: []f64,
    /// hidden_size values, owned by the model.
    hidden_bias: []f64,
    /// hidden_size × output_size values, owned by the model.
    output_weights: []f64,
    /// output_size values, owned by the model.
    output_bias: []f64,
    input_size: usize,
    /// The allocator that owns the four slices, kept for deinit.
    allocator: std.mem.Allocator,

    /// Loads a model: copies the four borrowed slices into memory the model
    /// owns, so the caller may reuse or free its own arrays afterwards.
    /// Returns error.ShapeMismatch, without allocating anything, when
    /// hidden_weights.len is not input_size * hidden_bias.len or
    /// output_weights.len is not hidden_bias.len * output_bias.len.
    pub fn init(
        allocator: std.mem.Allocator,
        input_size: usize,
        hidden_weights: []const f64,
        hidden_bias: []const f64,
        output_weights: []const f64,
        output_bias: []const f64,
    ) !SimpleModel {
        if (hidden_weights.len != input_size * hidden_bias.len) return error.ShapeMismatch;
        if (output_weights.len != hidden_bias.len * output_bias.len) return error.ShapeMismatch;

        const own_hidden_weights = try allocator.dupe(f64, hidden_weights);
        errdefer allocator.free(own_hidden_weights);
        const own_hidden_bias = try allocator.dupe(f64, hidden_bias);
        errdefer allocator.free(own_hidden_bias);
        const own_output_weights = try allocator.dupe(f64, output_weights);
        errdefer allocator.free(own_output_weights);
        const own_output_bias = try allocator.dupe(f64, output_bias);

        return .{
            .hidden_weights = own_hidden_weights,
            .hidden_bias = own_hidden_bias,
            .output_weights = own_output_weights,
            .output_bias = own_output_bias,
            .input_size = input_size,
            .allocator = allocator,
        };
    }

    /// Frees everything init allocated.
    pub fn deinit(self: *SimpleModel) void {
        self.allocator.free(self.hidden_weights);
        self.allocator.free(self.hidden_bias);
        self.allocator.free(self.output_weights);
        self.allocator.free(self.output_bias);
    }

    /// Runs one inference (see the formulas above).
    /// Returns error.ShapeMismatch when input.len is not the model's input size.
    /// The caller owns the returned slice and frees it with `allocator`.
    pub fn predict(self: *const SimpleModel, allocator: std.mem.Allocator, input: []const f64) ![]f64 {
        if (input.len != self.input_size) return error.ShapeMismatch;
        const hidden_size = self.hidden_bias.len;
        const output_size = self.output_bias.len;

        // Scratch: the hidden activations live for this call only.
        var arena = std.heap.ArenaAllocator.init(allocator);
        defer arena.deinit();
        const scratch = arena.allocator();

        const hidden = try scratch.alloc(f64, hidden_size);
        for (0..hidden_size) |h| {
            var sum: f64 = self.hidden_bias[h];
            for (input, 0..) |x, i| sum += x * self.hidden_weights[i * hidden_size + h];
            hidden[h] = @max(sum, 0.0);
        }

        // Wrong: the result comes from the arena, which is freed on return.
        const output = try scratch.alloc(f64, output_size);
        for (0..output_size) |o| {
            var sum: f64 = self.output_bias[o];
            for (hidden, 0..) |a, h| sum += a * self.output_weights[h * output_size + o];
            output[o] = sum;
        }
        return output;
    }
};

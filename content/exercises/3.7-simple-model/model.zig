//! Exercise 3.7: SimpleModel
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
    // TODO: what else must the model remember, so that predict knows the
    // input size and deinit can give the memory back?

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
        // TODO: check the shapes first, then make the model's own copies.
        // If any copy fails, the copies made before it must not leak.
        _ = allocator;
        _ = input_size;
        _ = hidden_weights;
        _ = hidden_bias;
        _ = output_weights;
        _ = output_bias;
        return error.NotImplemented;
    }

    /// Frees everything init allocated.
    pub fn deinit(self: *SimpleModel) void {
        // TODO: give back every allocation the model owns.
        _ = self;
    }

    /// Runs one inference (see the formulas above).
    /// Returns error.ShapeMismatch when input.len is not the model's input size.
    /// The caller owns the returned slice and frees it with `allocator`.
    pub fn predict(self: *const SimpleModel, allocator: std.mem.Allocator, input: []const f64) ![]f64 {
        // TODO: compute the hidden activations, then the output from them.
        // For every buffer you need, decide how long it must live, and
        // choose where it comes from accordingly.
        _ = self;
        _ = allocator;
        _ = input;
        return error.NotImplemented;
    }
};

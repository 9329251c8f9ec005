//! Exercise 3.7: SimpleModel
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
    // TODO: what else must the model remember, so that predict knows the
    // input size and deinit can give the memory back?

    /// Loads a model: copies `weights` and `bias` into memory the model owns,
    /// so the caller may reuse or free its own arrays afterwards.
    /// Returns error.ShapeMismatch, without allocating anything, when
    /// weights.len is not input_size * bias.len.
    pub fn init(allocator: std.mem.Allocator, input_size: usize, weights: []const f64, bias: []const f64) !SimpleModel {
        // TODO: check the shapes first, then make the model's own copies of
        // the weights and the bias. If the second copy fails, the first must
        // not leak.
        _ = allocator;
        _ = input_size;
        _ = weights;
        _ = bias;
        return error.NotImplemented;
    }

    /// Frees everything init allocated.
    pub fn deinit(self: *SimpleModel) void {
        // TODO: give back every allocation the model owns.
        _ = self;
    }

    /// Runs one inference: output[j] = bias[j] + Σ_i input[i] * weights[i * output_size + j].
    /// Returns error.ShapeMismatch when input.len is not the model's input size.
    /// The caller owns the returned slice and frees it with `allocator`.
    pub fn predict(self: *const SimpleModel, allocator: std.mem.Allocator, input: []const f64) ![]f64 {
        // TODO: work in two steps. First compute the weighted sums
        // (input × weights) in scratch memory from an arena that lives only
        // for this call. Then build the result (sums + bias) in memory that
        // outlives the arena, and return it.
        _ = self;
        _ = allocator;
        _ = input;
        return error.NotImplemented;
    }
};

//! Exercise 3.5: Top-k Predictions
//! A plausible wrong solution: the result is allocated before the scratch, with no errdefer.
//!
//! Turn a classifier's logits into its k most likely classes. The working
//! memory lives in a scratch arena; the answer lives on the caller's
//! allocator. Run the tests with:
//!
//!     zig test topk_test.zig

const std = @import("std");

/// One predicted class: its position in the logits and its probability.
pub const Prediction = struct {
    index: usize,
    probability: f32,
};

/// Returns the `k` most likely classes of `logits`, most likely first, each
/// with its softmax probability. On a tie, the lower index comes first.
/// Returns error.InvalidK when `k` is 0 or larger than `logits.len`.
/// The caller owns the returned slice and frees it with `allocator`.
pub fn topK(allocator: std.mem.Allocator, logits: []const f32, k: usize) ![]Prediction {
    if (k == 0 or k > logits.len) return error.InvalidK;

    // Wrong: the result is allocated first, and a failing scratch allocation strands it.
    const result = try allocator.alloc(Prediction, k);

    // Scratch memory: everything below lives until topK returns, then goes at once.
    var arena = std.heap.ArenaAllocator.init(allocator);
    defer arena.deinit();
    const scratch = arena.allocator();

    // Softmax, shifted by the largest logit so @exp never overflows.
    var largest = logits[0];
    for (logits) |x| largest = @max(largest, x);
    const probabilities = try scratch.alloc(f32, logits.len);
    var total: f32 = 0;
    for (logits, 0..) |x, i| {
        probabilities[i] = @exp(x - largest);
        total += probabilities[i];
    }
    for (0..probabilities.len) |i| probabilities[i] /= total;

    // Which classes have already been picked.
    const taken = try scratch.alloc(bool, logits.len);
    @memset(taken, false);

    for (0..k) |slot| {
        // Start from the first class not yet taken; a later class only
        // wins with a strictly larger probability, so ties keep the lower index.
        var index: usize = 0;
        while (taken[index]) index += 1;
        for (probabilities, 0..) |p, i| {
            if (!taken[i] and p > probabilities[index]) index = i;
        }
        taken[index] = true;
        result[slot] = .{ .index = index, .probability = probabilities[index] };
    }
    return result;
}

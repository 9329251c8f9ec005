//! Exercise 3.5: Top-k Predictions
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
    // TODO: reject a `k` that is 0 or larger than the number of logits.
    // TODO: create a scratch arena on top of `allocator`, and make sure it is
    //       freed however topK returns.
    // TODO: compute the softmax probabilities of `logits`, and keep track of
    //       which classes you have picked. For each buffer, ask who still
    //       needs it once topK has returned.
    // TODO: fill `k` predictions, most likely first, and return them: the
    //       caller frees them with `allocator`.
    _ = allocator;
    _ = logits;
    _ = k;
    return error.NotImplemented;
}

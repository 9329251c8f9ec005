//! Exercise 3.2: Token Buffers.
//!
//! Small helpers that work on token ids and scores through pointers and
//! slices, without allocating anything.
const std = @import("std");

/// Adds every value of `values` to the float that `total` points at.
pub fn accumulate(total: *f32, values: []const f32) void {
    // TODO: update the caller's float through the pointer.
    _ = total;
    _ = values;
}

/// Multiplies every element of `values` by `factor`, in place.
pub fn scale(values: []f32, factor: f32) void {
    // TODO: change the caller's elements, not a copy.
    _ = values;
    _ = factor;
}

/// Returns the `len` tokens of `tokens` that start at index `start`.
/// Returns `error.OutOfRange` (never panics) when they do not all fit.
/// Borrowed: the result points into `tokens`.
pub fn window(tokens: []const u32, start: usize, len: usize) ![]const u32 {
    // TODO: check the range, then return a view of `tokens`.
    _ = tokens;
    _ = start;
    _ = len;
    return error.NotImplemented;
}

/// Copies `a` followed by `b` into the start of `buffer` and returns the
/// filled part of `buffer`. Returns `error.BufferTooSmall` when they do not fit.
/// Borrowed: the result points into `buffer`.
pub fn joinInto(buffer: []u32, a: []const u32, b: []const u32) ![]u32 {
    // TODO: check the space, copy both slices, return the filled part.
    _ = buffer;
    _ = a;
    _ = b;
    return error.NotImplemented;
}

/// How many times `pattern` occurs in `tokens`, counting overlapping
/// occurrences. An empty pattern occurs 0 times.
pub fn countMatches(tokens: []const u32, pattern: []const u32) usize {
    // TODO: compare `pattern` with every window of `tokens` of the same length.
    _ = tokens;
    _ = pattern;
    return 0;
}

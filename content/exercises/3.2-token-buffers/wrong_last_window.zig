//! Exercise 3.2: Token Buffers (a plausible wrong solution: countMatches never tries the last window).
const std = @import("std");

/// Adds every value of `values` to the float that `total` points at.
pub fn accumulate(total: *f32, values: []const f32) void {
    for (values) |value| total.* += value;
}

/// Multiplies every element of `values` by `factor`, in place.
pub fn scale(values: []f32, factor: f32) void {
    for (0..values.len) |i| values[i] *= factor;
}

/// Returns the `len` tokens of `tokens` that start at index `start`.
/// Returns `error.OutOfRange` (never panics) when they do not all fit.
/// Borrowed: the result points into `tokens`.
pub fn window(tokens: []const u32, start: usize, len: usize) ![]const u32 {
    // Checking start first keeps `tokens.len - start` from underflowing.
    if (start > tokens.len or len > tokens.len - start) return error.OutOfRange;
    return tokens[start .. start + len];
}

/// Copies `a` followed by `b` into the start of `buffer` and returns the
/// filled part of `buffer`. Returns `error.BufferTooSmall` when they do not fit.
/// Borrowed: the result points into `buffer`.
pub fn joinInto(buffer: []u32, a: []const u32, b: []const u32) ![]u32 {
    const total = a.len + b.len;
    if (total > buffer.len) return error.BufferTooSmall;
    @memcpy(buffer[0..a.len], a);
    @memcpy(buffer[a.len..total], b);
    return buffer[0..total];
}

/// How many times `pattern` occurs in `tokens`, counting overlapping
/// occurrences. An empty pattern occurs 0 times.
pub fn countMatches(tokens: []const u32, pattern: []const u32) usize {
    if (pattern.len == 0 or pattern.len > tokens.len) return 0;
    var count: usize = 0;
    for (0..tokens.len - pattern.len) |start| {
        if (std.mem.eql(u32, tokens[start .. start + pattern.len], pattern)) count += 1;
    }
    return count;
}

//! Exercise 3.3: Owned Vectors (a plausible wrong solution: normalized allocates before it validates, so error.ZeroSum leaks the buffer)

const std = @import("std");

/// Summary statistics of a vector, returned on the heap by `summarize`.
pub const Stats = struct {
    count: usize,
    min: f32,
    max: f32,
};

/// Returns a new vector of `n` elements, all equal to `value`.
/// The caller owns the returned memory and frees it with `free`.
pub fn filled(allocator: std.mem.Allocator, n: usize, value: f32) ![]f32 {
    const v = try allocator.alloc(f32, n);
    @memset(v, value);
    return v;
}

/// Returns a new vector holding `xs` divided by their sum, so that the result
/// sums to 1 (a probability distribution). `xs` is not changed.
/// Returns error.ZeroSum when `xs` is empty or sums to zero.
/// The caller owns the returned memory and frees it with `free`.
pub fn normalized(allocator: std.mem.Allocator, xs: []const f32) ![]f32 {
    // Check everything that can fail for a reason other than memory first:
    // once the slice is allocated, returning an error would leak it.
    const out = try allocator.alloc(f32, xs.len);
    var total: f32 = 0;
    for (xs) |x| total += x;
    if (total == 0) return error.ZeroSum;

    for (xs, 0..) |x, i| {
        out[i] = x / total;
    }
    return out;
}

/// Returns an owned copy of `label`, which the caller may keep after the
/// buffer `label` points into has been reused.
/// The caller owns the returned memory and frees it with `free`.
pub fn ownedLabel(allocator: std.mem.Allocator, label: []const u8) ![]u8 {
    return allocator.dupe(u8, label);
}

/// Returns the count, minimum and maximum of `xs` in a `Stats` on the heap.
/// Returns error.EmptyInput when `xs` is empty.
/// The caller owns the returned pointer and frees it with `destroy`.
pub fn summarize(allocator: std.mem.Allocator, xs: []const f32) !*Stats {
    if (xs.len == 0) return error.EmptyInput;

    var min = xs[0];
    var max = xs[0];
    for (xs[1..]) |x| {
        if (x < min) min = x;
        if (x > max) max = x;
    }

    const stats = try allocator.create(Stats);
    stats.* = .{ .count = xs.len, .min = min, .max = max };
    return stats;
}

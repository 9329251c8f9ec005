//! Exercise 3.3: Owned Vectors
//!
//! Four small functions that each hand the caller a piece of heap memory.
//! Every function takes the allocator as its first parameter and never picks
//! one itself. Run the tests with:
//!
//!     zig test vectors_test.zig

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
    // TODO: ask the allocator for `n` floats, then make sure every element
    // holds `value` before you return the slice.
    _ = allocator;
    _ = n;
    _ = value;
    return error.NotImplemented;
}

/// Returns a new vector holding `xs` divided by their sum, so that the result
/// sums to 1 (a probability distribution). `xs` is not changed.
/// Returns error.ZeroSum when `xs` is empty or sums to zero.
/// The caller owns the returned memory and frees it with `free`.
pub fn normalized(allocator: std.mem.Allocator, xs: []const f32) ![]f32 {
    // TODO: reject inputs that cannot be normalized, then build the result
    // in memory the caller will own.
    _ = allocator;
    _ = xs;
    return error.NotImplemented;
}

/// Returns an owned copy of `label`, which the caller may keep after the
/// buffer `label` points into has been reused.
/// The caller owns the returned memory and frees it with `free`.
pub fn ownedLabel(allocator: std.mem.Allocator, label: []const u8) ![]u8 {
    // TODO: copy the borrowed bytes into memory the caller owns.
    _ = allocator;
    _ = label;
    return error.NotImplemented;
}

/// Returns the count, minimum and maximum of `xs` in a `Stats` on the heap.
/// Returns error.EmptyInput when `xs` is empty.
/// The caller owns the returned pointer and frees it with `destroy`.
pub fn summarize(allocator: std.mem.Allocator, xs: []const f32) !*Stats {
    // TODO: reject an empty input, get room for one Stats from the allocator,
    // and fill in every field before returning the pointer.
    _ = allocator;
    _ = xs;
    return error.NotImplemented;
}

//! Exercise 2.4: Log Line Tools (reference solution).
const std = @import("std");

/// How many times `byte` occurs in `text`.
pub fn countByte(text: []const u8, byte: u8) usize {
    var count: usize = 0;
    for (text) |b| {
        if (b == byte) count += 1;
    }
    return count;
}

/// The text before the first space; all of `line` when it has no space.
/// The result is a view of `line`.
pub fn firstWord(line: []const u8) []const u8 {
    for (line, 0..) |byte, i| {
        if (byte == ' ') return line[0..i];
    }
    return line;
}

/// Whether `text` begins with `prefix`. Never panics, whatever the lengths.
pub fn startsWith(text: []const u8, prefix: []const u8) bool {
    // Check the length first: slicing text[0..prefix.len] would panic otherwise.
    if (prefix.len > text.len) return false;
    return std.mem.eql(u8, text[0..prefix.len], prefix);
}

/// The index of the largest value in `values` (the first one when several
/// are equally large), or null when `values` is empty.
pub fn indexOfMax(values: []const u32) ?usize {
    if (values.len == 0) return null;
    var best: usize = 0;
    for (values, 0..) |value, i| {
        if (value > values[best]) best = i; // > keeps the first of equal values
    }
    return best;
}

//! Exercise 2.4: Log Line Tools.
//!
//! Small functions over slices and strings, for lines of a training log such
//! as "epoch 3 loss 412 acc 87". Nothing is copied and nothing is allocated:
//! every result is a number, a bool, an optional index, or a view of the
//! caller's data.
const std = @import("std");

/// How many times `byte` occurs in `text`.
pub fn countByte(text: []const u8, byte: u8) usize {
    // TODO: look at every byte of `text`.
    _ = text;
    _ = byte;
    return 0;
}

/// The text before the first space; all of `line` when it has no space.
/// The result is a view of `line`.
pub fn firstWord(line: []const u8) []const u8 {
    // TODO: find the first space and return the part of `line` before it.
    _ = line;
    return "";
}

/// Whether `text` begins with `prefix`. Never panics, whatever the lengths.
pub fn startsWith(text: []const u8, prefix: []const u8) bool {
    // TODO: compare the start of `text` with `prefix`.
    _ = text;
    _ = prefix;
    return false;
}

/// The index of the largest value in `values` (the first one when several
/// are equally large), or null when `values` is empty.
pub fn indexOfMax(values: []const u32) ?usize {
    // TODO: remember the index of the best value seen so far.
    _ = values;
    return null;
}

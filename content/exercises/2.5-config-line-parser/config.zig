//! Exercise 2.5: Config Line Parser.
//!
//! Parses the lines of a small training config such as
//!
//!     batch_size = 32
//!     shuffle = true
//!     layer_sizes = 784,128,10
//!
//! without copying or allocating: every string result is a view of the line.
const std = @import("std");

/// One `key = value` line, as two views of the line.
pub const Entry = struct {
    key: []const u8,
    value: []const u8,
};

/// `text` without spaces at either end. The result is a view of `text`.
pub fn trim(text: []const u8) []const u8 {
    // TODO: skip the spaces at the start, then at the end.
    _ = text;
    return "";
}

/// Splits a line such as "batch_size = 32" at its first '=' and trims both
/// sides. error.MissingEquals when there is no '=', error.EmptyKey when
/// nothing but spaces comes before it. The value may be empty.
pub fn parseLine(line: []const u8) !Entry {
    // TODO: find the first '=', then build the Entry from the two sides.
    _ = line;
    return error.NotImplemented;
}

/// "true" or "false", exactly; anything else is error.NotABool.
pub fn parseBool(text: []const u8) !bool {
    // TODO: compare the text with the two words.
    _ = text;
    return error.NotImplemented;
}

/// Parses a comma-separated list of sizes such as "32,64,128" into `out` and
/// returns the filled part of `out`. error.EmptyField for an empty field (as in
/// "32,,64" or ""), error.NotADigit for any other byte, error.TooMany when
/// `out` is too short. No spaces are allowed.
pub fn parseSizes(text: []const u8, out: []u32) ![]u32 {
    // TODO: build each number digit by digit; store it at each ',' and at the end.
    _ = text;
    _ = out;
    return error.NotImplemented;
}

//! Exercise 2.5: Config Line Parser (reference solution).
const std = @import("std");

/// One `key = value` line, as two views of the line.
pub const Entry = struct {
    key: []const u8,
    value: []const u8,
};

/// `text` without spaces at either end. The result is a view of `text`.
pub fn trim(text: []const u8) []const u8 {
    var start: usize = 0;
    while (start < text.len and text[start] == ' ') start += 1;
    var end: usize = text.len;
    while (end > start and text[end - 1] == ' ') end -= 1;
    return text[start..end];
}

/// Splits a line such as "batch_size = 32" at its first '=' and trims both
/// sides. error.MissingEquals when there is no '=', error.EmptyKey when
/// nothing but spaces comes before it. The value may be empty.
pub fn parseLine(line: []const u8) !Entry {
    for (line, 0..) |byte, i| {
        if (byte == '=') {
            const key = trim(line[0..i]);
            if (key.len == 0) return error.EmptyKey;
            return Entry{ .key = key, .value = trim(line[i + 1 ..]) };
        }
    }
    return error.MissingEquals;
}

/// "true" or "false", exactly; anything else is error.NotABool.
pub fn parseBool(text: []const u8) !bool {
    if (std.mem.eql(u8, text, "true")) return true;
    if (std.mem.eql(u8, text, "false")) return false;
    return error.NotABool;
}

/// Parses a comma-separated list of sizes such as "32,64,128" into `out` and
/// returns the filled part of `out`. error.EmptyField for an empty field (as in
/// "32,,64" or ""), error.NotADigit for any other byte, error.TooMany when
/// `out` is too short. No spaces are allowed.
pub fn parseSizes(text: []const u8, out: []u32) ![]u32 {
    var count: usize = 0;
    var value: u32 = 0;
    var digits: usize = 0;
    for (text) |byte| {
        if (byte == ',') {
            if (digits == 0) return error.EmptyField;
            if (count == out.len) return error.TooMany;
            out[count] = value;
            count += 1;
            value = 0;
            digits = 0;
        } else if (byte >= '0' and byte <= '9') {
            value = value * 10 + (byte - '0');
            digits += 1;
        } else {
            return error.NotADigit;
        }
    }
    if (digits == 0) return error.EmptyField;
    if (count == out.len) return error.TooMany;
    out[count] = value;
    count += 1;
    return out[0..count];
}

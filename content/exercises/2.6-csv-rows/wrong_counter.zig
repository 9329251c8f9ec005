//! Exercise 2.6: CSV Rows (wrong: only rows that parse are counted).
const std = @import("std");

pub const Split = enum { train, validation, holdout };

/// One row of the datasets file, such as "cifar10,train,50000".
pub const Row = struct {
    /// A view of the row's first field.
    name: []const u8,
    split: Split,
    examples: u32,
};

/// Every row `parseRow` has been given since the program started, good or bad.
pub var rows_tried: usize = 0;

/// Field `index` (0-based) of a comma-separated row, as a view of `row`;
/// null when the row has fewer fields. A row with no comma has one field.
pub fn fieldAt(row: []const u8, index: usize) ?[]const u8 {
    var field: usize = 0;
    var start: usize = 0;
    for (row, 0..) |byte, i| {
        if (byte == ',') {
            if (field == index) return row[start..i];
            field += 1;
            start = i + 1;
        }
    }
    if (field == index) return row[start..];
    return null;
}

/// "train", "validation" or "holdout", exactly; anything else is error.UnknownSplit.
pub fn parseSplit(text: []const u8) !Split {
    if (std.mem.eql(u8, text, "train")) return .train;
    if (std.mem.eql(u8, text, "validation")) return .validation;
    if (std.mem.eql(u8, text, "holdout")) return .holdout;
    return error.UnknownSplit;
}

/// Parses "name,split,examples". Errors: error.WrongFieldCount unless the row
/// has exactly three fields, error.EmptyName, error.UnknownSplit, and
/// error.BadNumber unless examples is 1 to 8 digits.
/// Adds one to `rows_tried` however it returns.
pub fn parseRow(row: []const u8) !Row {
    const name = fieldAt(row, 0) orelse return error.WrongFieldCount;
    const split_text = fieldAt(row, 1) orelse return error.WrongFieldCount;
    const examples_text = fieldAt(row, 2) orelse return error.WrongFieldCount;
    if (fieldAt(row, 3) != null) return error.WrongFieldCount;

    if (name.len == 0) return error.EmptyName;
    const split = try parseSplit(split_text);

    if (examples_text.len == 0 or examples_text.len > 8) return error.BadNumber;
    var examples: u32 = 0;
    for (examples_text) |byte| {
        if (byte < '0' or byte > '9') return error.BadNumber;
        examples = examples * 10 + (byte - '0');
    }
    rows_tried += 1;
    return Row{ .name = name, .split = split, .examples = examples };
}

/// How many of `rows` `parseRow` rejects.
pub fn countBad(rows: []const []const u8) usize {
    var bad: usize = 0;
    for (rows) |row| {
        if (parseRow(row)) |_| {} else |_| bad += 1;
    }
    return bad;
}

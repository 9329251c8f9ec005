const std = @import("std");
const csv = @import("csv.zig");

const testing = std.testing;

/// Fails with error.MissingField when `actual` is null, else compares the text.
fn expectField(expected: []const u8, actual: ?[]const u8) !void {
    const field = actual orelse return error.MissingField;
    try testing.expectEqualStrings(expected, field);
}

test "fieldAt: the fields of a row, as views" {
    const row = "cifar10,train,50000";
    try expectField("cifar10", csv.fieldAt(row, 0));
    try expectField("train", csv.fieldAt(row, 1));
    try expectField("50000", csv.fieldAt(row, 2));
    try testing.expect(csv.fieldAt(row, 3) == null);
}

test "fieldAt: empty fields and rows without commas" {
    try expectField("", csv.fieldAt(",x", 0));
    try expectField("x", csv.fieldAt(",x", 1));
    try expectField("", csv.fieldAt("a,", 1));
    try expectField("alone", csv.fieldAt("alone", 0));
    try testing.expect(csv.fieldAt("alone", 1) == null);
}

test "parseSplit: the three names, exactly" {
    try testing.expectEqual(csv.Split.train, try csv.parseSplit("train"));
    try testing.expectEqual(csv.Split.validation, try csv.parseSplit("validation"));
    try testing.expectEqual(csv.Split.holdout, try csv.parseSplit("holdout"));
    try testing.expectError(error.UnknownSplit, csv.parseSplit("Train"));
    try testing.expectError(error.UnknownSplit, csv.parseSplit("test"));
    try testing.expectError(error.UnknownSplit, csv.parseSplit(""));
}

test "parseRow: a good row" {
    const row = try csv.parseRow("cifar10,holdout,10000");
    try testing.expectEqualStrings("cifar10", row.name);
    try testing.expectEqual(csv.Split.holdout, row.split);
    try testing.expectEqual(10000, row.examples);
}

test "parseRow: the wrong number of fields" {
    try testing.expectError(error.WrongFieldCount, csv.parseRow("cifar10,train"));
    try testing.expectError(error.WrongFieldCount, csv.parseRow("cifar10"));
    try testing.expectError(error.WrongFieldCount, csv.parseRow("cifar10,train,50000,extra"));
}

test "parseRow: bad fields" {
    try testing.expectError(error.EmptyName, csv.parseRow(",train,5"));
    try testing.expectError(error.UnknownSplit, csv.parseRow("mnist,dev,5"));
    try testing.expectError(error.BadNumber, csv.parseRow("mnist,train,"));
    try testing.expectError(error.BadNumber, csv.parseRow("mnist,train,5k"));
    try testing.expectError(error.BadNumber, csv.parseRow("mnist,train,123456789"));
}

test "parseRow: every row tried is counted, good or bad" {
    const before = csv.rows_tried;
    _ = try csv.parseRow("mnist,train,60000");
    try testing.expectEqual(before + 1, csv.rows_tried);

    _ = csv.parseRow("mnist,dev,5") catch {};
    _ = csv.parseRow("mnist") catch {};
    try testing.expectEqual(before + 3, csv.rows_tried); // the bad rows count too
}

test "countBad: a whole file" {
    const rows = [_][]const u8{
        "cifar10,train,50000",
        "cifar10,holdout,10000",
        "cifar10,test,10000",
        "imagenet,train,",
        "imagenet,validation,50000",
    };
    try testing.expectEqual(2, csv.countBad(rows[0..]));
    try testing.expectEqual(0, csv.countBad(rows[0..2]));
}

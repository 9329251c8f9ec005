const std = @import("std");
const config = @import("config.zig");

const testing = std.testing;

test "trim: removes spaces at both ends" {
    try testing.expectEqualStrings("32", config.trim("  32  "));
    try testing.expectEqualStrings("batch size", config.trim("batch size "));
    try testing.expectEqualStrings("", config.trim("   "));
    try testing.expectEqualStrings("", config.trim(""));
}

test "parseLine: key and value, trimmed" {
    const entry = try config.parseLine("batch_size = 32");
    try testing.expectEqualStrings("batch_size", entry.key);
    try testing.expectEqualStrings("32", entry.value);

    const tight = try config.parseLine("lr=0.001");
    try testing.expectEqualStrings("lr", tight.key);
    try testing.expectEqualStrings("0.001", tight.value);
}

test "parseLine: splits at the first '=' and allows an empty value" {
    const entry = try config.parseLine("filter = a=b");
    try testing.expectEqualStrings("filter", entry.key);
    try testing.expectEqualStrings("a=b", entry.value);

    const empty = try config.parseLine("run_name =   ");
    try testing.expectEqualStrings("run_name", empty.key);
    try testing.expectEqualStrings("", empty.value);
}

test "parseLine: lines that are not key = value" {
    try testing.expectError(error.MissingEquals, config.parseLine("batch_size 32"));
    try testing.expectError(error.MissingEquals, config.parseLine(""));
    try testing.expectError(error.EmptyKey, config.parseLine("= 32"));
    try testing.expectError(error.EmptyKey, config.parseLine("   = 32"));
}

test "parseBool: exactly true or false" {
    try testing.expectEqual(true, try config.parseBool("true"));
    try testing.expectEqual(false, try config.parseBool("false"));
    try testing.expectError(error.NotABool, config.parseBool("True"));
    try testing.expectError(error.NotABool, config.parseBool("yes"));
    try testing.expectError(error.NotABool, config.parseBool("truest"));
    try testing.expectError(error.NotABool, config.parseBool(""));
}

test "parseSizes: fills the start of the caller's buffer" {
    var buffer: [8]u32 = undefined;
    const sizes = try config.parseSizes("784,128,10", buffer[0..]);
    const expected = [_]u32{ 784, 128, 10 };
    try testing.expectEqualSlices(u32, expected[0..], sizes);
    // The result is a view of the buffer, not a copy.
    try testing.expectEqual(784, buffer[0]);

    const one = try config.parseSizes("7", buffer[0..]);
    const expected_one = [_]u32{7};
    try testing.expectEqualSlices(u32, expected_one[0..], one);
}

test "parseSizes: an exact fit" {
    var buffer: [2]u32 = undefined;
    const sizes = try config.parseSizes("64,32", buffer[0..]);
    const expected = [_]u32{ 64, 32 };
    try testing.expectEqualSlices(u32, expected[0..], sizes);
}

test "parseSizes: bad lists" {
    var buffer: [2]u32 = undefined;
    try testing.expectError(error.EmptyField, config.parseSizes("", buffer[0..]));
    try testing.expectError(error.EmptyField, config.parseSizes("32,,64", buffer[0..]));
    try testing.expectError(error.EmptyField, config.parseSizes("32,", buffer[0..]));
    try testing.expectError(error.NotADigit, config.parseSizes("32, 64", buffer[0..]));
    try testing.expectError(error.TooMany, config.parseSizes("1,2,3", buffer[0..]));
}

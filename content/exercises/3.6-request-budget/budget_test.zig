const std = @import("std");
const model = @import("budget.zig");

const testing = std.testing;

test "distinctWords ignores case and repeated words" {
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();

    try testing.expectEqual(@as(usize, 4), try model.distinctWords(arena.allocator(), "the cat saw The dog"));
    try testing.expectEqual(@as(usize, 1), try model.distinctWords(arena.allocator(), "Zig zig ZIG"));
    try testing.expectEqual(@as(usize, 2), try model.distinctWords(arena.allocator(), "  spaced   out  "));
    try testing.expectEqual(@as(usize, 0), try model.distinctWords(arena.allocator(), ""));
}

test "distinctWords works inside a fixed buffer" {
    var buffer: [512]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);

    try testing.expectEqual(@as(usize, 4), try model.distinctWords(fba.allocator(), "the model saw the data the model"));
}

test "distinctWords reports a buffer that is too small" {
    var buffer: [8]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);

    try testing.expectError(error.OutOfMemory, model.distinctWords(fba.allocator(), "far too long for eight bytes"));
}

test "countBatch counts every text that fits" {
    var buffer: [256]u8 = undefined;
    const texts = [_][]const u8{ "the cat", "a b a b", "Zig zig ZIG" };
    var counts: [texts.len]?usize = undefined;

    const rejected = try model.countBatch(&buffer, &texts, &counts);

    try testing.expectEqual(@as(usize, 0), rejected);
    try testing.expectEqual(@as(?usize, 2), counts[0]);
    try testing.expectEqual(@as(?usize, 2), counts[1]);
    try testing.expectEqual(@as(?usize, 1), counts[2]);
}

test "countBatch rejects a text that does not fit and carries on" {
    var buffer: [64]u8 = undefined;
    const too_long = "this request is much longer than the sixty four bytes of working memory";
    const texts = [_][]const u8{ "one two", too_long, "three three" };
    var counts: [texts.len]?usize = undefined;

    const rejected = try model.countBatch(&buffer, &texts, &counts);

    try testing.expectEqual(@as(usize, 1), rejected);
    try testing.expectEqual(@as(?usize, 2), counts[0]);
    try testing.expectEqual(@as(?usize, null), counts[1]);
    try testing.expectEqual(@as(?usize, 1), counts[2]);
}

test "countBatch gives every text the whole buffer" {
    // Each text needs well under 128 bytes, but all six together need far more.
    var buffer: [128]u8 = undefined;
    const texts = [_][]const u8{
        "tokens and more tokens",
        "more tokens and tokens",
        "and tokens and more",
        "tokens tokens and more",
        "more and more tokens",
        "and and tokens more",
    };
    var counts: [texts.len]?usize = undefined;

    const rejected = try model.countBatch(&buffer, &texts, &counts);

    try testing.expectEqual(@as(usize, 0), rejected);
    for (counts) |count| try testing.expectEqual(@as(?usize, 3), count);
}

test "countBatch rejects mismatched lengths" {
    var buffer: [64]u8 = undefined;
    const texts = [_][]const u8{ "a", "b" };
    var counts: [1]?usize = undefined;

    try testing.expectError(error.LengthMismatch, model.countBatch(&buffer, &texts, &counts));
}

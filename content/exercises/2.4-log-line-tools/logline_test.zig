const std = @import("std");
const log = @import("logline.zig");

const testing = std.testing;

test "countByte: counts every occurrence" {
    try testing.expectEqual(3, log.countByte("epoch 3 loss 412", ' '));
    try testing.expectEqual(3, log.countByte("aaa", 'a'));
    try testing.expectEqual(0, log.countByte("epoch", 'x'));
    try testing.expectEqual(0, log.countByte("", ' '));
}

test "countByte: counts bytes, not characters" {
    // 'é' is two bytes in UTF-8, 195 and 169: "café" has one 195.
    try testing.expectEqual(1, log.countByte("café", 195));
    try testing.expectEqual(5, "café".len);
}

test "firstWord: the text before the first space" {
    const word = log.firstWord("epoch 3 loss 412");
    // The length first: a wrong length says more than "not equal".
    try testing.expectEqual(5, word.len);
    try testing.expect(std.mem.eql(u8, word, "epoch"));

    const whole = log.firstWord("done");
    try testing.expectEqual(4, whole.len);
    try testing.expect(std.mem.eql(u8, whole, "done"));
}

test "firstWord: empty words and a view of the line" {
    try testing.expectEqual(0, log.firstWord(" starts with a space").len);
    try testing.expectEqual(0, log.firstWord("").len);

    // The word is a view of the caller's bytes: a change to the line shows through.
    var line = [_]u8{ 'l', 'r', ' ', '3' };
    const word = log.firstWord(line[0..]);
    line[0] = 'L';
    try testing.expectEqual(2, word.len);
    try testing.expectEqual('L', word[0]);
}

test "startsWith: matching and non-matching prefixes" {
    try testing.expect(log.startsWith("epoch 3 loss 412", "epoch"));
    try testing.expect(log.startsWith("epoch", "epoch")); // a text starts with itself
    try testing.expect(!log.startsWith("epoch 3", "loss"));
    try testing.expect(!log.startsWith("Epoch 3", "epoch"));
}

test "startsWith: empty prefixes and prefixes longer than the text" {
    try testing.expect(log.startsWith("loss 412", ""));
    try testing.expect(log.startsWith("", ""));
    // Longer than the text: the answer is false, and it must not panic.
    try testing.expect(!log.startsWith("ep", "epoch"));
    try testing.expect(!log.startsWith("", "e"));
}

test "indexOfMax: the largest value" {
    const accuracies = [_]u32{ 71, 85, 60, 90 };
    try testing.expectEqual(3, log.indexOfMax(accuracies[0..]));
    // Only the first three epochs: 90 is outside the slice.
    try testing.expectEqual(1, log.indexOfMax(accuracies[0..3]));
    const one = [_]u32{0};
    try testing.expectEqual(0, log.indexOfMax(one[0..]));
}

test "indexOfMax: ties and an empty slice" {
    // Two epochs share the best accuracy: the first one is the answer.
    const accuracies = [_]u32{ 70, 88, 75, 88 };
    try testing.expectEqual(1, log.indexOfMax(accuracies[0..]));
    try testing.expect(log.indexOfMax(accuracies[0..0]) == null);
}

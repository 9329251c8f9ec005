const std = @import("std");

/// Counts how often `word` appears in `text`, ignoring case.
/// Uses at most 256 bytes of working memory, all on the stack.
fn countMentions(text: []const u8, word: []const u8) error{RequestTooLarge}!usize {
    var buffer: [256]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);

    const lower = std.ascii.allocLowerString(fba.allocator(), text) catch |err| switch (err) {
        error.OutOfMemory => return error.RequestTooLarge,
    };
    return std.mem.count(u8, lower, word);
}

test "a request that fits is answered" {
    try std.testing.expectEqual(@as(usize, 2), try countMentions("The cat saw a CAT", "cat"));
}

test "a request that does not fit is refused, not crashed" {
    var huge: [400]u8 = undefined;
    @memset(&huge, 'a'); // 400 bytes of "aaaa...", more than the budget
    try std.testing.expectError(error.RequestTooLarge, countMentions(&huge, "cat"));
}

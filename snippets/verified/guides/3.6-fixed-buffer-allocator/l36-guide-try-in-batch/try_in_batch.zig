const std = @import("std");

fn useScratch(scratch: std.mem.Allocator, text: []const u8) !usize {
    const lower = try std.ascii.allocLowerString(scratch, text);
    return lower.len;
}

fn countBatch(buffer: []u8, texts: []const []const u8, counts: []?usize) !usize {
    if (counts.len != texts.len) return error.LengthMismatch;
    var fba = std.heap.FixedBufferAllocator.init(buffer);
    for (texts, 0..) |text, i| {
        fba.reset();
        counts[i] = try useScratch(fba.allocator(), text); // the whole batch fails here
    }
    return 0;
}

test "countBatch rejects a text that does not fit and carries on" {
    var buffer: [64]u8 = undefined;
    const too_long = "this request is much longer than the sixty four bytes of working memory";
    const texts = [_][]const u8{ "one two", too_long, "three three" };
    var counts: [texts.len]?usize = undefined;

    const rejected = try countBatch(&buffer, &texts, &counts);
    try std.testing.expectEqual(@as(usize, 1), rejected);
}

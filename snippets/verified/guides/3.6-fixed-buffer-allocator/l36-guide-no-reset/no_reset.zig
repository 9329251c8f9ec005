const std = @import("std");

// The allocations of a real distinctWords: a lowercase copy, then one slot per word.
fn useScratch(scratch: std.mem.Allocator, text: []const u8) !usize {
    const lower = try std.ascii.allocLowerString(scratch, text);
    const words = try scratch.alloc([]const u8, std.mem.count(u8, lower, " ") + 1);
    return words.len;
}

fn countBatch(buffer: []u8, texts: []const []const u8, counts: []?usize) !usize {
    if (counts.len != texts.len) return error.LengthMismatch;
    var fba = std.heap.FixedBufferAllocator.init(buffer);
    var rejected: usize = 0;
    for (texts, 0..) |text, i| {
        // missing: fba.reset();
        counts[i] = useScratch(fba.allocator(), text) catch |err| switch (err) {
            error.OutOfMemory => blk: {
                rejected += 1;
                break :blk null;
            },
        };
    }
    return rejected;
}

test "countBatch gives every text the whole buffer" {
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

    const rejected = try countBatch(&buffer, &texts, &counts);
    try std.testing.expectEqual(@as(usize, 0), rejected);
}

//! Exercise 3.6: Request Budget
//! A plausible wrong solution: countBatch never starts the fixed buffer over between texts.
//!
//! Count the distinct words of a batch of requests, using one fixed buffer
//! as the only working memory. Run the tests with:
//!
//!     zig test budget_test.zig

const std = @import("std");

/// Counts the distinct words of `text`, ignoring case. Words are separated
/// by one or more spaces. All working memory comes from `scratch` and is
/// not freed here: whoever owns `scratch` starts it over afterwards.
pub fn distinctWords(scratch: std.mem.Allocator, text: []const u8) !usize {
    const lower = try std.ascii.allocLowerString(scratch, text);

    var word_count: usize = 0;
    var words = std.mem.tokenizeScalar(u8, lower, ' ');
    while (words.next()) |_| word_count += 1;

    const seen = try scratch.alloc([]const u8, word_count);
    var distinct: usize = 0;
    words.reset();
    while (words.next()) |word| {
        var is_new = true;
        for (seen[0..distinct]) |earlier| {
            if (std.mem.eql(u8, earlier, word)) is_new = false;
        }
        if (is_new) {
            seen[distinct] = word;
            distinct += 1;
        }
    }
    return distinct;
}

/// For each text, stores its distinct-word count in `counts`, or null when
/// the text needs more working memory than `buffer` holds. Uses no memory
/// besides `buffer`, and the whole of `buffer` is available to every text.
/// Returns how many texts were rejected, or error.LengthMismatch when
/// `counts` and `texts` differ in length.
pub fn countBatch(buffer: []u8, texts: []const []const u8, counts: []?usize) !usize {
    if (counts.len != texts.len) return error.LengthMismatch;

    var fba = std.heap.FixedBufferAllocator.init(buffer);
    var rejected: usize = 0;
    for (texts, 0..) |text, i| {
        counts[i] = distinctWords(fba.allocator(), text) catch |err| switch (err) {
            error.OutOfMemory => blk: {
                rejected += 1;
                break :blk null;
            },
        };
    }
    return rejected;
}

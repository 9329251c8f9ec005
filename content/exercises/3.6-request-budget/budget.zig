//! Exercise 3.6: Request Budget
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
    // TODO: make a lowercase copy of `text` in scratch memory.
    // TODO: count its words, then allocate room in scratch memory to
    //       remember the distinct words you have met so far.
    // TODO: walk the words again and count the distinct ones.
    _ = scratch;
    _ = text;
    return error.NotImplemented;
}

/// For each text, stores its distinct-word count in `counts`, or null when
/// the text needs more working memory than `buffer` holds. Uses no memory
/// besides `buffer`, and the whole of `buffer` is available to every text.
/// Returns how many texts were rejected, or error.LengthMismatch when
/// `counts` and `texts` differ in length.
pub fn countBatch(buffer: []u8, texts: []const []const u8, counts: []?usize) !usize {
    // TODO: reject `counts` and `texts` of different lengths.
    // TODO: build a fixed buffer allocator over `buffer`.
    // TODO: for each text, give distinctWords the whole buffer, and turn
    //       running out of memory into a null count instead of an error.
    _ = buffer;
    _ = texts;
    _ = counts;
    return error.NotImplemented;
}

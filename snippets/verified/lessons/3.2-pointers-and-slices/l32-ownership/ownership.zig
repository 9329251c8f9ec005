const std = @import("std");

/// Returns the first word of `text`.
/// Borrowed: the result points into `text` and is valid as long as `text` is.
fn firstWord(text: []const u8) []const u8 {
    for (text, 0..) |char, i| {
        if (char == ' ') return text[0..i];
    }
    return text;
}

/// Returns `n` weights, all equal to `value`.
/// The caller owns the returned memory and frees it with
/// `std.heap.page_allocator.free`.
fn filledWeights(n: usize, value: f32) ![]f32 {
    const weights = try std.heap.page_allocator.alloc(f32, n);
    for (0..n) |i| weights[i] = value;
    return weights; // no free here: ownership moves to the caller
}

pub fn main() !void {
    const prompt = "translate this sentence";
    std.debug.print("first word: {s}\n", .{firstWord(prompt)});

    const weights = try filledWeights(4, 0.25);
    defer std.heap.page_allocator.free(weights); // the caller's job
    std.debug.print("weights: {any}\n", .{weights});
}

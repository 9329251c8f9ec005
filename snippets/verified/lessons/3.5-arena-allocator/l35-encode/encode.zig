const std = @import("std");

/// Turns `text` into token ids: each word's position in `vocab`, or 0
/// ("<unk>") when the word is not in it. Case is ignored.
/// The caller owns the returned memory.
fn encode(allocator: std.mem.Allocator, vocab: []const []const u8, text: []const u8) ![]usize {
    var arena = std.heap.ArenaAllocator.init(allocator);
    defer arena.deinit();
    const scratch = arena.allocator();

    // Scratch: a lowercase copy, and room for as many ids as the text could hold.
    const lower = try std.ascii.allocLowerString(scratch, text);
    const ids = try scratch.alloc(usize, text.len / 2 + 1);

    var count: usize = 0;
    var words = std.mem.tokenizeScalar(u8, lower, ' ');
    while (words.next()) |word| {
        ids[count] = lookup(vocab, word);
        count += 1;
    }

    // Result: exactly `count` ids on the caller's allocator, so they outlive the arena.
    const result = try allocator.dupe(usize, ids[0..count]);
    return result;
}

fn lookup(vocab: []const []const u8, word: []const u8) usize {
    for (vocab, 0..) |entry, id| {
        if (std.mem.eql(u8, entry, word)) return id;
    }
    return 0;
}

const test_vocab = [_][]const u8{ "<unk>", "the", "cat", "sat" };

test "encode returns ids the caller owns" {
    const ids = try encode(std.testing.allocator, &test_vocab, "The cat sat on the mat");
    defer std.testing.allocator.free(ids);
    try std.testing.expectEqualSlices(usize, &[_]usize{ 1, 2, 3, 0, 1, 0 }, ids);
}

fn encodeOnce(allocator: std.mem.Allocator) !void {
    const ids = try encode(allocator, &test_vocab, "the cat");
    allocator.free(ids);
}

test "encode cleans up when any allocation fails" {
    try std.testing.checkAllAllocationFailures(std.testing.allocator, encodeOnce, .{});
}

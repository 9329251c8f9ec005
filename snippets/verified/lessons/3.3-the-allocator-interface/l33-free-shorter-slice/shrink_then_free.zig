const std = @import("std");

/// Returns the ids of the tokens longer than two bytes. The caller owns the result.
fn longTokenIds(allocator: std.mem.Allocator, lengths: []const usize) ![]usize {
    const ids = try allocator.alloc(usize, lengths.len); // room for every token
    var count: usize = 0;
    for (lengths, 0..) |len, i| {
        if (len > 2) {
            ids[count] = i;
            count += 1;
        }
    }
    return ids[0..count]; // BUG: the caller can no longer free what alloc returned
}

test "free what alloc gave you, not a shorter view of it" {
    const allocator = std.testing.allocator;
    const ids = try longTokenIds(allocator, &.{ 3, 1, 5, 2 });
    defer allocator.free(ids);
    try std.testing.expectEqualSlices(usize, &.{ 0, 2 }, ids);
}

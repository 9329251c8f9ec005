// hide-start
const std = @import("std");

// hide-end
fn cleanToken(allocator: std.mem.Allocator, raw: []const u8) ![]u8 {
    var arena = std.heap.ArenaAllocator.init(allocator);
    defer arena.deinit();
    const scratch = arena.allocator();

    const lower = try std.ascii.allocLowerString(scratch, raw);
    const trimmed = std.mem.trim(u8, lower, ".,!?");
    return allocator.dupe(u8, trimmed); // the result lives on the caller's allocator
}
// hide-start

test "clean a token" {
    const token = try cleanToken(std.testing.allocator, "Hello!");
    defer std.testing.allocator.free(token);
    try std.testing.expectEqualStrings("hello", token);
}
// hide-end

const std = @import("std");

/// Lowercases `raw` and strips the punctuation around it: "Hello!" -> "hello".
fn cleanToken(allocator: std.mem.Allocator, raw: []const u8) ![]const u8 {
    var arena = std.heap.ArenaAllocator.init(allocator);
    defer arena.deinit();
    const scratch = arena.allocator();

    const lower = try std.ascii.allocLowerString(scratch, raw);
    const trimmed = std.mem.trim(u8, lower, ".,!?");
    return trimmed; // BUG: `trimmed` points into the arena
}

test "clean a token" {
    const token = try cleanToken(std.testing.allocator, "Hello!");
    defer std.testing.allocator.free(token);
    try std.testing.expectEqualStrings("hello", token);
}

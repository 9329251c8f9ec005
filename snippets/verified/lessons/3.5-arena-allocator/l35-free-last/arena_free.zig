const std = @import("std");

test "an arena only takes back its most recent allocation" {
    var arena = std.heap.ArenaAllocator.init(std.testing.allocator);
    defer arena.deinit();
    const scratch = arena.allocator();

    const a = try scratch.alloc(u8, 100);
    scratch.free(a); // `a` is the most recent allocation: its bytes come back
    const b = try scratch.alloc(u8, 100);
    try std.testing.expect(b.ptr == a.ptr); // ... and are handed out again

    const c = try scratch.alloc(u8, 100);
    scratch.free(b); // `b` is not the most recent any more: nothing happens
    const d = try scratch.alloc(u8, 100);
    try std.testing.expect(d.ptr != b.ptr);
    try std.testing.expect(d.ptr != c.ptr);
}

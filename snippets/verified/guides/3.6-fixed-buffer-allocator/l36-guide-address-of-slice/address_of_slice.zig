const std = @import("std");

fn firstWordLength(buffer: []u8, text: []const u8) usize {
    var fba = std.heap.FixedBufferAllocator.init(&buffer); // buffer is already a slice
    const lower = std.ascii.allocLowerString(fba.allocator(), text) catch return 0;
    return std.mem.findScalar(u8, lower, ' ') orelse lower.len;
}

test "firstWordLength" {
    var buffer: [64]u8 = undefined;
    try std.testing.expectEqual(@as(usize, 5), firstWordLength(&buffer, "Hello world"));
}

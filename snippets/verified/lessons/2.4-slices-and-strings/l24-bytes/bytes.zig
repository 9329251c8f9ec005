const std = @import("std");

fn countByte(text: []const u8, byte: u8) usize {
    var count: usize = 0;
    for (text) |b| {
        if (b == byte) count += 1;
    }
    return count;
}

pub fn main() void {
    const word: []const u8 = "naïve";
    std.debug.print("{s} has {d} bytes\n", .{ word, word.len });
    for (word, 0..) |byte, i| {
        std.debug.print("  word[{d}] = {d}\n", .{ i, byte });
    }
    std.debug.print("spaces in the prompt: {d}\n", .{countByte("translate this sentence", ' ')});
}

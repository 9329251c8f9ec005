const std = @import("std");

fn findByte(word: [5]u8, target: u8) i64 {
    for (word, 0..) |c, i| {
        if (c == target) return @intCast(i);
    }
    return -1; // "not found"
}

pub fn main() void {
    const word = [_]u8{ 'h', 'e', 'l', 'l', 'o' };
    const i = findByte(word, 'z');
    std.debug.print("{d}\n", .{word[i]});
}

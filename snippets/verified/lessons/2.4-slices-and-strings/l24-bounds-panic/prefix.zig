const std = @import("std");

fn firstN(tokens: []const u32, n: usize) []const u32 {
    return tokens[0..n];
}

pub fn main() void {
    const prompt = [_]u32{ 101, 2023, 2003, 102 };
    const n: usize = 5;
    std.debug.print("{any}\n", .{firstN(prompt[0..], n)});
}

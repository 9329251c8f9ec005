const std = @import("std");

pub fn main() void {
    const token_ids = [_]u32{ 101, 2023, 0, 0, 102 };

    var real_tokens: u32 = 0;
    for (token_ids) |id| {
        if (id == 0) continue; // 0 is padding
        real_tokens += 1;
    }

    const has_padding = for (token_ids) |id| {
        if (id == 0) break true;
    } else false;

    std.debug.print("{d} real tokens, padding: {}\n", .{ real_tokens, has_padding });
}

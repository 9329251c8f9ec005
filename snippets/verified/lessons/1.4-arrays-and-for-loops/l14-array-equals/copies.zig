const std = @import("std");

pub fn main() void {
    const a = [_]i32{ 1, 2, 3 };
    const b = [_]i32{ 1, 2, 3 };
    std.debug.print("{}\n", .{a == b});
}

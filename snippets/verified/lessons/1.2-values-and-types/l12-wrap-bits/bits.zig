const std = @import("std");

pub fn main() void {
    const bright: u8 = 250;
    const step: u8 = 10;
    const wrapped = bright +% step;
    std.debug.print("{d:>3} = {b:0>8}\n", .{ bright, bright });
    std.debug.print("{d:>3} = {b:0>8}\n", .{ step, step });
    std.debug.print("{d:>3} = {b:0>8}\n", .{ wrapped, wrapped });
}

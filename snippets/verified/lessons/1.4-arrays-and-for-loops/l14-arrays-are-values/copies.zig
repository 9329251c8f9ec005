const std = @import("std");

fn zeroFirst(xs: [3]i32) [3]i32 {
    var copy = xs; // xs itself is read-only; copy it to change it
    copy[0] = 0;
    return copy;
}

pub fn main() void {
    const a = [_]i32{ 1, 2, 3 };
    var b = a; // a full copy of the three elements
    b[0] = 99;
    std.debug.print("a = {any}, b = {any}\n", .{ a, b });

    const c = zeroFirst(a);
    std.debug.print("a = {any}, c = {any}\n", .{ a, c });
}

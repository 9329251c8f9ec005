const std = @import("std");

pub fn main() void {
    const w: u64 = 1920;
    const h: u64 = 1080;
    const d = gcd(w, h); // gcd is declared below: that is fine
    std.debug.print("{d}:{d} is {d}:{d}\n", .{ w, h, w / d, h / d });
}

fn gcd(a: u64, b: u64) u64 {
    if (b == 0) return a;
    return gcd(b, a % b);
}

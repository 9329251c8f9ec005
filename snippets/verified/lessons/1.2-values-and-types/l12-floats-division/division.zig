const std = @import("std");

pub fn main() void {
    const samples: u32 = 7;
    const batch: u32 = 2;
    const a: f32 = 0.1;
    const b: f64 = 0.1;
    std.debug.print("{d} {d}\n", .{ samples / batch, samples % batch });
    std.debug.print("{d} {d}\n", .{ a + 0.2, b + 0.2 });
}

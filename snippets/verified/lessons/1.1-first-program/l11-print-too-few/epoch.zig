const std = @import("std");

pub fn main() void {
    const epoch = 3;
    const loss = 0.4375;
    std.debug.print("epoch {d}, loss {d}\n", .{epoch});
    _ = loss;
}

const std = @import("std");

pub fn main() void {
    const epoch = 3;
    const loss = 0.4375;
    const model = "tiny-mlp";
    std.debug.print("{s}: epoch {d}, loss {d}\n", .{ model, epoch, loss });
}

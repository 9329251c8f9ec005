const std = @import("std");

pub fn main() void {
    var learning_rate: f32 = 0.1;
    var halvings: u32 = 0;
    while (learning_rate > 0.01) {
        learning_rate = learning_rate / 2;
        halvings += 1;
    }
    std.debug.print("{d} halvings, learning rate {d}\n", .{ halvings, learning_rate });
}

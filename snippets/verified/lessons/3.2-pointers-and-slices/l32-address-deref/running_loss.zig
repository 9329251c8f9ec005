const std = @import("std");

fn addLoss(total: *f32, loss: f32) void {
    total.* += loss; // write through the pointer: the caller's variable changes
}

pub fn main() void {
    var loss_sum: f32 = 0;
    addLoss(&loss_sum, 0.5);
    addLoss(&loss_sum, 0.25);
    std.debug.print("loss_sum = {d}\n", .{loss_sum});

    const p = &loss_sum; // p has type *f32
    std.debug.print("p = {*}, p.* = {d}\n", .{ p, p.* });
}

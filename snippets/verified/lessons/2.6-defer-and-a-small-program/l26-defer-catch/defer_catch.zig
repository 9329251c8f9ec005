const std = @import("std");

fn saveCheckpoint(step: u32) error{DiskFull}!void {
    if (step > 1000) return error.DiskFull;
}

fn train(steps: u32) void {
    defer saveCheckpoint(steps) catch |err| std.debug.print("  could not save: {t}\n", .{err});
    std.debug.print("training for {d} steps\n", .{steps});
}

pub fn main() void {
    train(10);
    train(2000);
}

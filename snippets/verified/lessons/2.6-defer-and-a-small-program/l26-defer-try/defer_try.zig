const std = @import("std");

fn saveCheckpoint(step: u32) error{DiskFull}!void {
    if (step > 1000) return error.DiskFull;
}

fn train(steps: u32) !void {
    defer try saveCheckpoint(steps);
    std.debug.print("training for {d} steps\n", .{steps});
}

test "train" {
    try train(10);
}

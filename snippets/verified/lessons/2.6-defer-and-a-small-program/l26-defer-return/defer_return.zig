const std = @import("std");

fn finish(steps: u32) u32 {
    defer return steps + 1;
    return steps;
}

test "finish" {
    try std.testing.expectEqual(4, finish(3));
}

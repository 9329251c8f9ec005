const std = @import("std");

fn addSteps(a: i32, b: i32) i32 {
    return a + b;
}

test "half a step" {
    try std.testing.expectEqual(3, addSteps(1, 2.5));
}

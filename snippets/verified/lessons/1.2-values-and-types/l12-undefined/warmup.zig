// hide-start
const std = @import("std");
// hide-end
test "warm-up never set" {
    const warmup_steps: u32 = undefined;
    const first_full_step = warmup_steps + 1;
    try std.testing.expectEqual(101, first_full_step);
}

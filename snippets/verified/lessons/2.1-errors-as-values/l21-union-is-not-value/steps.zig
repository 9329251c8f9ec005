// hide-start
const std = @import("std");
const ConfigError = error{ Zero, TooLarge };
fn checkBatchSize(n: u32) ConfigError!u32 {
    if (n == 0) return error.Zero;
    if (n > 4096) return error.TooLarge;
    return n;
}
// hide-end
test "steps per epoch" {
    const batch = checkBatchSize(32);
    const steps = 50_000 / batch;
    try std.testing.expectEqual(1562, steps);
}

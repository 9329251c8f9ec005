// hide-start
const std = @import("std");
const ConfigError = error{ Zero, TooLarge };
fn checkBatchSize(n: u32) ConfigError!u32 {
    if (n == 0) return error.Zero;
    if (n > 4096) return error.TooLarge;
    return n;
}
// hide-end
fn stepsPerEpoch(samples: u32, batch_size: u32) u32 {
    const batch = try checkBatchSize(batch_size);
    return samples / batch;
}

test "steps per epoch" {
    try std.testing.expectEqual(1562, stepsPerEpoch(50_000, 32));
}

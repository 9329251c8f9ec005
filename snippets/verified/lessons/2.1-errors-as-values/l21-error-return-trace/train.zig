// hide-start
const std = @import("std");
// hide-end
const ConfigError = error{ Zero, TooLarge };

fn checkBatchSize(n: u32) ConfigError!u32 {
    if (n == 0) return error.Zero;
    if (n > 4096) return error.TooLarge;
    return n;
}

fn stepsPerEpoch(samples: u32, batch_size: u32) ConfigError!u32 {
    const batch = try checkBatchSize(batch_size);
    return samples / batch;
}

test "a config with batch size 0" {
    const steps = try stepsPerEpoch(50_000, 0);
    try std.testing.expect(steps > 0);
}

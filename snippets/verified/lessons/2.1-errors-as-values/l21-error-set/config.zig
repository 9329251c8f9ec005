const std = @import("std");

const ConfigError = error{ Zero, TooLarge };

fn checkBatchSize(n: u32) ConfigError!u32 {
    if (n == 0) return error.Zero;
    if (n > 4096) return error.TooLarge;
    return n;
}

test "a valid size comes back as the value" {
    try std.testing.expectEqual(32, checkBatchSize(32));
}

test "an invalid size comes back as an error" {
    try std.testing.expectEqual(error.Zero, checkBatchSize(0));
    try std.testing.expectEqual(error.TooLarge, checkBatchSize(10_000));
}

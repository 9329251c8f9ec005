// hide-start
const std = @import("std");
const ConfigError = error{ Zero, TooLarge };
fn checkBatchSize(n: u32) ConfigError!u32 {
    if (n == 0) return error.Zero;
    if (n > 4096) return error.TooLarge;
    return n;
}
// hide-end
fn checkEpochs(n: u32) error{NoEpochs}!u32 {
    if (n == 0) return error.NoEpochs;
    return n;
}

fn totalSteps(samples: u32, batch_size: u32, epochs: u32) !u32 {
    const batch = try checkBatchSize(batch_size);
    const rounds = try checkEpochs(epochs);
    return samples / batch * rounds;
}

test "the inferred set holds the errors of both checks" {
    try std.testing.expectEqual(4686, totalSteps(50_000, 32, 3));
    try std.testing.expectEqual(error.TooLarge, totalSteps(50_000, 9999, 3));
    try std.testing.expectEqual(error.NoEpochs, totalSteps(50_000, 32, 0));
}

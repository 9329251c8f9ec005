// hide-start
const std = @import("std");
const ConfigError = error{ Zero, TooLarge };
fn checkBatchSize(n: u32) ConfigError!u32 {
    if (n == 0) return error.Zero;
    if (n > 4096) return error.TooLarge;
    return n;
}
// hide-end
test "a batch size that is certainly fine" {
    const batch = checkBatchSize(0) catch unreachable; // the author was sure; 0 is not fine
    try std.testing.expect(batch > 0);
}

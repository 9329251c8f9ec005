// hide-start
const ConfigError = error{ Zero, TooLarge };
fn checkBatchSize(n: u32) ConfigError!u32 {
    if (n == 0) return error.Zero;
    if (n > 4096) return error.TooLarge;
    return n;
}
// hide-end
test "validate and forget" {
    checkBatchSize(0);
}

const std = @import("std");

const ConfigError = error{ Zero, TooLarge };

fn checkBatchSize(n: u32) ConfigError!u32 {
    if (n == 0) return error.Zero;
    if (n > 4096) return error.TooLarge;
    return n;
}

pub fn main() !void {
    const batch = try checkBatchSize(0);
    std.debug.print("training with batch size {d}\n", .{batch});
}

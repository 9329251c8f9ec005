const std = @import("std");

const ConfigError = error{ Zero, TooLarge };

fn checkBatchSize(n: u32) ConfigError!u32 {
    if (n == 0) return error.Zero;
    if (n > 4096) return error.TooLarge;
    return n;
}

fn clampedBatchSize(requested: u32) u32 {
    return checkBatchSize(requested) catch |err| switch (err) {
        error.Zero => 1,
        error.TooLarge => 4096,
    };
}

pub fn main() void {
    for ([_]u32{ 0, 64, 10_000 }) |requested| {
        const result = checkBatchSize(requested);
        std.debug.print("{d}: checked {any}, clamped {d}\n", .{ requested, result, clampedBatchSize(requested) });
    }
}

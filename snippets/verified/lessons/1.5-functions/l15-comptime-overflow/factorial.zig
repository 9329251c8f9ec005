const std = @import("std");

fn factorial(n: u64) u64 {
    if (n == 0) return 1;
    return n * factorial(n - 1);
}

test "a table size computed while compiling" {
    const permutations = comptime factorial(25);
    try std.testing.expect(permutations > 0);
}

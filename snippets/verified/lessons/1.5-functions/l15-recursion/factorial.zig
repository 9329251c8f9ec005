const std = @import("std");

fn factorial(n: u64) u64 {
    if (n == 0) return 1; // base case
    return n * factorial(n - 1); // a smaller problem each time
}

test "factorial" {
    try std.testing.expectEqual(1, factorial(0));
    try std.testing.expectEqual(120, factorial(5));
    try std.testing.expectEqual(2432902008176640000, factorial(20));
}

const std = @import("std");
const metrics = @import("metrics.zig");

test "meanOfThree: three equal values" {
    try std.testing.expectEqual(0.5, metrics.meanOfThree(0.5, 0.5, 0.5));
}

test "meanOfThree: every value counts the same" {
    // 1, 2 and 3 have mean 2; so do 3, 2 and 1.
    try std.testing.expectEqual(2, metrics.meanOfThree(1, 2, 3));
    try std.testing.expectEqual(2, metrics.meanOfThree(3, 2, 1));
}

test "accuracyPercent: from none to all correct" {
    try std.testing.expectEqual(0, metrics.accuracyPercent(0, 8));
    try std.testing.expectEqual(87.5, metrics.accuracyPercent(7, 8));
    try std.testing.expectEqual(100, metrics.accuracyPercent(8, 8));
}

test "fahrenheitFromCelsius: boiling, freezing and the crossover" {
    try std.testing.expectEqual(212, metrics.fahrenheitFromCelsius(100));
    try std.testing.expectEqual(32, metrics.fahrenheitFromCelsius(0));
    try std.testing.expectEqual(-40, metrics.fahrenheitFromCelsius(-40));
    try std.testing.expectEqual(194, metrics.fahrenheitFromCelsius(90));
}

// hide-start
const std = @import("std");
// hide-end
test "count three steps" {
    var steps = 0;
    steps += 3;
    try std.testing.expectEqual(3, steps);
}

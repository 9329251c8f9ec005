// hide-start
const std = @import("std");
// hide-end
/// Days in a month of a non-leap year. `month` must be 1 to 12.
fn daysInMonth(month: u32) u32 {
    return switch (month) {
        1, 3, 5, 7, 8, 10, 12 => 31,
        4, 6, 9, 11 => 30,
        2 => 28,
        else => unreachable,
    };
}

test "a month that does not exist" {
    try std.testing.expectEqual(31, daysInMonth(12));
    try std.testing.expectEqual(31, daysInMonth(13));
}

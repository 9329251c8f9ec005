const std = @import("std");
const answer = @import("byte_budget.zig").answer;

test "answer is 42" {
    try std.testing.expectEqual(@as(i64, 42), try answer());
}

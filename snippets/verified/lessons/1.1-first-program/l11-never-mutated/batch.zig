const std = @import("std");

fn samplesSeen(batches: i32) i32 {
    var batch_size: i32 = 32;
    return batches * batch_size;
}

test "ten batches" {
    try std.testing.expectEqual(320, samplesSeen(10));
}

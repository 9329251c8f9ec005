const std = @import("std");
const Batch = @import("batch.zig").Batch;

const testing = std.testing;

test "init: zeroed inputs and labels of the right sizes" {
    var batch = try Batch.init(testing.allocator, "train-0", 3, 4);
    defer batch.deinit();

    try testing.expectEqual(4, batch.cols);
    try testing.expectEqual(12, batch.inputs.len);
    try testing.expectEqual(3, batch.labels.len);
    for (batch.inputs) |x| try testing.expectEqual(0, x);
    for (batch.labels) |y| try testing.expectEqual(0, y);
}

test "init: the name is an owned copy" {
    var buffer = [_]u8{ 'd', 'e', 'v' };
    var batch = try Batch.init(testing.allocator, &buffer, 1, 1);
    defer batch.deinit();

    buffer[0] = 'x'; // the caller reuses its buffer
    try testing.expectEqualStrings("dev", batch.name);
}

test "init: an empty batch is an error and allocates nothing" {
    // failing_allocator refuses every request: if init asked it for memory
    // before checking the sizes, the error would be OutOfMemory instead.
    try testing.expectError(error.EmptyBatch, Batch.init(testing.failing_allocator, "empty", 0, 4));
    try testing.expectError(error.EmptyBatch, Batch.init(testing.failing_allocator, "empty", 2, 0));
}

test "init: when the last allocation fails, the earlier ones are freed" {
    var failing = testing.FailingAllocator.init(testing.allocator, .{ .fail_index = 2 });
    try testing.expectError(error.OutOfMemory, Batch.init(failing.allocator(), "train-0", 3, 4));
    try testing.expectEqual(failing.allocations, failing.deallocations);
}

// checkAllAllocationFailures runs a function that takes the allocator first and
// returns an error union with void. `anyerror` lets this file compile against
// the unfinished starter too, whose functions cannot fail with OutOfMemory yet.
fn initThenDeinit(allocator: std.mem.Allocator, rows: usize, cols: usize) anyerror!void {
    var batch = try Batch.init(allocator, "train-0", rows, cols);
    defer batch.deinit();
}

test "init: no allocation failure leaks" {
    try testing.checkAllAllocationFailures(testing.allocator, initThenDeinit, .{ 3, 4 });
}

test "clone: a deep copy that shares no memory" {
    var original = try Batch.init(testing.allocator, "train-0", 2, 3);
    defer original.deinit();
    original.inputs[4] = 1.5;
    original.labels[1] = 7;

    var copy = try original.clone(testing.allocator);
    defer copy.deinit();

    original.inputs[4] = -1.0;
    original.labels[1] = 0;
    original.name[0] = 'X';

    try testing.expectEqual(3, copy.cols);
    try testing.expectEqual(1.5, copy.inputs[4]);
    try testing.expectEqual(7, copy.labels[1]);
    try testing.expectEqualStrings("train-0", copy.name);
}

test "clone: the copy lives on the allocator it was given" {
    var original = try Batch.init(testing.allocator, "train-0", 2, 3);
    defer original.deinit();

    // A FailingAllocator that never fails is a handy counter.
    var counting = testing.FailingAllocator.init(testing.allocator, .{});
    var copy = try original.clone(counting.allocator());
    try testing.expectEqual(3, counting.allocations);

    copy.deinit();
    try testing.expectEqual(3, counting.deallocations);
}

fn initThenClone(allocator: std.mem.Allocator) anyerror!void {
    var original = try Batch.init(allocator, "val", 2, 3);
    defer original.deinit();
    var copy = try original.clone(allocator);
    defer copy.deinit();
}

test "clone: no allocation failure leaks" {
    try testing.checkAllAllocationFailures(testing.allocator, initThenClone, .{});
}

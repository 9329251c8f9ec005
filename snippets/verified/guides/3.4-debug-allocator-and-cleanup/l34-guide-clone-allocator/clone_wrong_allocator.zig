const std = @import("std");

const Batch = struct {
    name: []u8,
    inputs: []f32,
    labels: []u32,
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator, name: []const u8, rows: usize, cols: usize) !Batch {
        const owned_name = try allocator.dupe(u8, name);
        errdefer allocator.free(owned_name);
        const inputs = try allocator.alloc(f32, rows * cols);
        errdefer allocator.free(inputs);
        const labels = try allocator.alloc(u32, rows);
        @memset(inputs, 0);
        @memset(labels, 0);
        return .{ .name = owned_name, .inputs = inputs, .labels = labels, .allocator = allocator };
    }

    fn clone(self: *const Batch, allocator: std.mem.Allocator) !Batch {
        _ = allocator;
        const a = self.allocator; // BUG: the copy should live on the allocator it was given
        const name = try a.dupe(u8, self.name);
        errdefer a.free(name);
        const inputs = try a.dupe(f32, self.inputs);
        errdefer a.free(inputs);
        const labels = try a.dupe(u32, self.labels);
        return .{ .name = name, .inputs = inputs, .labels = labels, .allocator = a };
    }

    fn deinit(self: *Batch) void {
        self.allocator.free(self.labels);
        self.allocator.free(self.inputs);
        self.allocator.free(self.name);
    }
};

test "clone: the copy lives on the allocator it was given" {
    var original = try Batch.init(std.testing.allocator, "train-0", 2, 3);
    defer original.deinit();

    var counting = std.testing.FailingAllocator.init(std.testing.allocator, .{});
    var copy = try original.clone(counting.allocator());
    defer copy.deinit();
    try std.testing.expectEqual(3, counting.allocations);
}

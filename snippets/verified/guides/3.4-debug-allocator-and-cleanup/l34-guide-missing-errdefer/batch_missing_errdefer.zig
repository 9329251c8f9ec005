const std = @import("std");

const Batch = struct {
    name: []u8,
    inputs: []f32,
    labels: []u32,
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator, name: []const u8, rows: usize, cols: usize) !Batch {
        const owned_name = try allocator.dupe(u8, name);
        errdefer allocator.free(owned_name);
        const inputs = try allocator.alloc(f32, rows * cols); // no errdefer after this one
        const labels = try allocator.alloc(u32, rows);
        @memset(inputs, 0);
        @memset(labels, 0);
        return .{ .name = owned_name, .inputs = inputs, .labels = labels, .allocator = allocator };
    }

    fn deinit(self: *Batch) void {
        self.allocator.free(self.labels);
        self.allocator.free(self.inputs);
        self.allocator.free(self.name);
    }
};

fn initThenDeinit(allocator: std.mem.Allocator) !void {
    var batch = try Batch.init(allocator, "train-0", 3, 4);
    defer batch.deinit();
}

test "no allocation failure leaks" {
    try std.testing.checkAllAllocationFailures(std.testing.allocator, initThenDeinit, .{});
}

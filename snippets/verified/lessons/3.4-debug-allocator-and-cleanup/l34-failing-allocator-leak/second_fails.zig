// hide-start
const std = @import("std");

const Layer = struct {
    weights: []f32,
    bias: []f32,
    allocator: std.mem.Allocator,

    pub fn init(allocator: std.mem.Allocator, inputs: usize, outputs: usize) !Layer {
        const weights = try allocator.alloc(f32, inputs * outputs);
        const bias = try allocator.alloc(f32, outputs);
        @memset(weights, 0);
        @memset(bias, 0);
        return .{ .weights = weights, .bias = bias, .allocator = allocator };
    }

    pub fn deinit(self: *Layer) void {
        self.allocator.free(self.weights);
        self.allocator.free(self.bias);
        self.* = undefined;
    }
};

// hide-end
test "init fails cleanly when the bias cannot be allocated" {
    var failing = std.testing.FailingAllocator.init(std.testing.allocator, .{ .fail_index = 1 });
    const allocator = failing.allocator();

    try std.testing.expectError(error.OutOfMemory, Layer.init(allocator, 4, 2));
}

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
    }
};

fn initAndDeinit(allocator: std.mem.Allocator) !void {
    var layer = try Layer.init(allocator, 4, 2);
    layer.deinit();
}

test "Layer.init cleans up when any allocation fails" {
    try std.testing.checkAllAllocationFailures(std.testing.allocator, initAndDeinit, .{});
}

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
fn buildLayer(allocator: std.mem.Allocator, inputs: usize, outputs: usize) !void {
    var layer = try Layer.init(allocator, inputs, outputs);
    defer layer.deinit();
}

test "every allocation failure in Layer.init is cleaned up" {
    try std.testing.checkAllAllocationFailures(std.testing.allocator, buildLayer, .{ 4, 2 });
}

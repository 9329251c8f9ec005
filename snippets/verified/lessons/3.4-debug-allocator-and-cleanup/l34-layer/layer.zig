const std = @import("std");

const Layer = struct {
    weights: []f32,
    bias: []f32,
    allocator: std.mem.Allocator,

    /// Allocates a zeroed `inputs` x `outputs` layer. Call `deinit` to free it.
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

test "a layer owns its weights and bias" {
    var layer = try Layer.init(std.testing.allocator, 4, 2);
    defer layer.deinit();

    try std.testing.expectEqual(8, layer.weights.len);
    try std.testing.expectEqual(2, layer.bias.len);
}

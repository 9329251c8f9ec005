const std = @import("std");

const Layer = struct {
    weights: []f32,
    bias: []f32,
    allocator: std.mem.Allocator,

    pub fn init(allocator: std.mem.Allocator, inputs: usize, outputs: usize) !Layer {
        const weights = try allocator.alloc(f32, inputs * outputs);
        defer allocator.free(weights); // BUG: also runs when init succeeds

        const bias = try allocator.alloc(f32, outputs);
        @memset(bias, 0);
        return .{ .weights = weights, .bias = bias, .allocator = allocator };
    }

    pub fn deinit(self: *Layer) void {
        self.allocator.free(self.weights);
        self.allocator.free(self.bias);
        self.* = undefined;
    }
};

test "defer frees the weights the caller was given" {
    var layer = try Layer.init(std.testing.allocator, 4, 2);
    defer layer.deinit();
    try std.testing.expectEqual(8, layer.weights.len);
}

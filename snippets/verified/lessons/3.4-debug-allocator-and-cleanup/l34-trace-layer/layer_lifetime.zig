const std = @import("std");
// hide-start
const trace = @import("trace.zig");
// hide-end

const Layer = struct {
    weights: []f32,
    bias: []f32,

    fn init(allocator: std.mem.Allocator, inputs: usize, outputs: usize) !Layer {
        const weights = try allocator.alloc(f32, inputs * outputs);
        errdefer allocator.free(weights);
        const bias = try allocator.alloc(f32, outputs);
        return .{ .weights = weights, .bias = bias };
    }

    fn deinit(self: Layer, allocator: std.mem.Allocator) void {
        allocator.free(self.bias);
        allocator.free(self.weights);
    }
};

test "init, use, deinit" {
    // hide-start
    var traced = trace.Tracer.init("testing", .backing, std.testing.allocator);
    const allocator = traced.allocator();
    // hide-end
    const layer = try Layer.init(allocator, 4, 3);
    defer layer.deinit(allocator);
    try std.testing.expectEqual(12, layer.weights.len);
}

// hide-start
const std = @import("std");

// hide-end
const Model = struct {
    weights: []f64,
    bias: []f64,
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator, input_size: usize, output_size: usize) !Model {
        const weights = try allocator.alloc(f64, input_size * output_size);
        // the errdefer that belongs here is missing
        const bias = try allocator.alloc(f64, output_size);
        @memset(weights, 0.0);
        @memset(bias, 0.0);
        return .{ .weights = weights, .bias = bias, .allocator = allocator };
    }
    // hide-start

    fn deinit(self: *Model) void {
        self.allocator.free(self.weights);
        self.allocator.free(self.bias);
    }
    // hide-end
};

fn loadAndUnload(allocator: std.mem.Allocator) !void {
    var model = try Model.init(allocator, 768, 10);
    model.deinit();
}

test "loading leaks nothing, whichever allocation fails" {
    try std.testing.checkAllAllocationFailures(std.testing.allocator, loadAndUnload, .{});
}

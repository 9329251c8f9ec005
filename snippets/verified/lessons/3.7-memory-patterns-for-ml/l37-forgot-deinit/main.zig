// hide-start
const std = @import("std");

const Model = struct {
    weights: []f64,
    bias: []f64,
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator, input_size: usize, output_size: usize) !Model {
        const weights = try allocator.alloc(f64, input_size * output_size);
        errdefer allocator.free(weights);
        const bias = try allocator.alloc(f64, output_size);
        @memset(weights, 0.0);
        @memset(bias, 0.0);
        return .{ .weights = weights, .bias = bias, .allocator = allocator };
    }

    fn deinit(self: *Model) void {
        self.allocator.free(self.weights);
        self.allocator.free(self.bias);
    }
};

// hide-end
pub fn main() !void {
    var safe_allocator = std.heap.SafeAllocator.init(std.heap.page_allocator, .{});
    defer {
        const leaks = safe_allocator.deinit();
        std.debug.print("leak check: {d} allocations never freed\n", .{leaks});
    }
    const gpa = safe_allocator.allocator();

    const model = try Model.init(gpa, 768, 10);
    // forgotten: defer model.deinit();
    std.debug.print("loaded {d} weights\n", .{model.weights.len});
}

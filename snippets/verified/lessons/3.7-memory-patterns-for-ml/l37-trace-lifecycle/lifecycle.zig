const std = @import("std");
// hide-start
const trace = @import("trace.zig");
// hide-end

fn predict(weights: []const f64, bias: []const f64, scratch: std.mem.Allocator, input: []const f64) !usize {
    const sums = try scratch.alloc(f64, bias.len);
    for (0..sums.len) |j| {
        sums[j] = bias[j];
        for (input, 0..) |x, i| sums[j] += x * weights[i * bias.len + j];
    }
    var best: usize = 0;
    for (sums, 0..) |sum, j| {
        if (sum > sums[best]) best = j;
    }
    return best;
}

test "load, infer, repeat, shut down" {
    // hide-start
    var traced_gpa = trace.Tracer.init("gpa", .backing, std.testing.allocator);
    const gpa = traced_gpa.allocator();
    // hide-end
    // 1. LOAD: weights and bias live for the whole run.
    const weights = try gpa.alloc(f64, 8 * 4);
    defer gpa.free(weights);
    const bias = try gpa.alloc(f64, 4);
    defer gpa.free(bias);
    for (0..weights.len) |i| weights[i] = if (i % 4 == (i / 4) % 4) 1 else 0;
    @memset(bias, 0);

    // 2. INFER and 3. REPEAT: one arena for the batch, reset between inputs.
    var arena = std.heap.ArenaAllocator.init(gpa);
    defer arena.deinit();
    // hide-start
    var traced_arena = trace.Tracer.init("batch arena", .arena, arena.allocator());
    defer traced_arena.deinit();
    const scratch = traced_arena.allocator();
    // hide-end
    for (0..3) |n| {
        const input = try scratch.alloc(f64, 8);
        @memset(input, 0);
        input[n] = 1;
        try std.testing.expectEqual(n % 4, try predict(weights, bias, scratch, input));
        _ = arena.reset(.retain_capacity);
        // hide-start
        traced_arena.reset();
        // hide-end
    }
    // 4. SHUTDOWN: the defers run bottom-up: the arena, then bias, then weights.
}

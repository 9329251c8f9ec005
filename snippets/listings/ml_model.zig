//! Lesson 3.7, Memory Patterns for ML: the whole lifecycle of a tiny model,
//! load → infer → repeat → shutdown, each phase on the allocator whose
//! lifetime matches it. The lesson shows this file region by region.
const std = @import("std");

// ANCHOR: model
/// One dense layer: output = input × weights + bias.
///
/// `weights` holds one row per input, each row holding output_size values,
/// so weights[i * output_size + j] connects input i to output j
/// (the layout of NumPy's `x @ W + b`, with W of shape (inputs, outputs)).
pub const Model = struct {
    weights: []f64,
    bias: []f64,
    input_size: usize,
    output_size: usize,
    /// Remembered so deinit can give the memory back.
    allocator: std.mem.Allocator,

    pub fn init(allocator: std.mem.Allocator, input_size: usize, output_size: usize) !Model {
        const weights = try allocator.alloc(f64, input_size * output_size);
        // From here on, an error would lose `weights`: free them if one happens.
        errdefer allocator.free(weights);

        const bias = try allocator.alloc(f64, output_size);

        // alloc returns undefined memory: start from zeros.
        @memset(weights, 0.0);
        @memset(bias, 0.0);

        return .{
            .weights = weights,
            .bias = bias,
            .input_size = input_size,
            .output_size = output_size,
            .allocator = allocator,
        };
    }

    pub fn deinit(self: *Model) void {
        self.allocator.free(self.weights);
        self.allocator.free(self.bias);
    }

    // predict (Pattern 2) completes the struct.
    // ANCHOR_END: model

    // ANCHOR: predict
    /// One inference: output[j] = bias[j] + Σ_i input[i] * weights[i * output_size + j].
    /// The caller owns the returned slice and frees it with `allocator`.
    pub fn predict(self: *const Model, allocator: std.mem.Allocator, input: []const f64) ![]f64 {
        if (input.len != self.input_size) return error.ShapeMismatch;

        // Scratch for this call only; the defer frees all of it at once.
        var arena = std.heap.ArenaAllocator.init(allocator);
        defer arena.deinit();
        const scratch = arena.allocator();

        // Step 1, into scratch: the weighted sums, input × weights.
        const sums = try scratch.alloc(f64, self.output_size);
        for (0..self.output_size) |j| {
            var sum: f64 = 0.0;
            for (input, 0..) |x, i| sum += x * self.weights[i * self.output_size + j];
            sums[j] = sum;
        }

        // Step 2, into the result: sums + bias, on the caller's allocator,
        // so it outlives the arena.
        const output = try allocator.alloc(f64, self.output_size);
        for (sums, 0..) |sum, j| output[j] = sum + self.bias[j];
        return output;
    }
    // ANCHOR_END: predict
};

// ANCHOR: predict-test
test "predict computes input × weights + bias" {
    const allocator = std.testing.allocator;
    var model = try Model.init(allocator, 3, 2);
    defer model.deinit();
    // Loading: 3 rows (one per input) of 2 weights (one per output).
    @memcpy(model.weights, &[_]f64{
        1, 2, // input 0 → outputs 0 and 1
        3, 4, // input 1
        5, 6, // input 2
    });
    @memcpy(model.bias, &[_]f64{ 0.5, -1.0 });

    const output = try model.predict(allocator, &[_]f64{ 1.0, 0.0, 2.0 });
    defer allocator.free(output); // the caller owns the result

    // output[0] = 0.5 + 1*1 + 0*3 + 2*5 = 11.5
    // output[1] = -1.0 + 1*2 + 0*4 + 2*6 = 13.0
    try std.testing.expectEqualSlices(f64, &[_]f64{ 11.5, 13.0 }, output);

    // A wrong-sized input is an error, not a crash.
    try std.testing.expectError(error.ShapeMismatch, model.predict(allocator, &[_]f64{ 1.0, 2.0 }));
}
// ANCHOR_END: predict-test

// ANCHOR: batch
/// Classifies every input of a batch: the index of its largest output.
/// The caller owns the returned slice of classes.
pub fn classifyBatch(model: *const Model, allocator: std.mem.Allocator, batch: []const []const f64) ![]usize {
    const classes = try allocator.alloc(usize, batch.len);
    errdefer allocator.free(classes);

    // One arena for the whole batch, emptied after every input.
    var arena = std.heap.ArenaAllocator.init(allocator);
    defer arena.deinit();
    const scratch = arena.allocator();

    for (batch, 0..) |input, n| {
        // predict's result is scratch to us: we keep only the winning index.
        const scores = try model.predict(scratch, input);
        classes[n] = argmax(scores);
        // Free everything this input used, but keep the memory for the next.
        _ = arena.reset(.retain_capacity);
    }
    return classes;
}

fn argmax(values: []const f64) usize {
    var best: usize = 0;
    for (values, 0..) |value, i| {
        if (value > values[best]) best = i;
    }
    return best;
}
// ANCHOR_END: batch

// ANCHOR: reset-test
test "reset keeps a batch's scratch memory flat" {
    const allocator = std.testing.allocator;
    var model = try Model.init(allocator, 768, 10);
    defer model.deinit();
    var image: [768]f64 = undefined;
    @memset(&image, 0.5);

    // A FailingAllocator that is never told to fail counts bytes (lesson 3.4):
    // allocated_bytes - freed_bytes is what the arena holds right now.
    var with_reset_count = std.testing.FailingAllocator.init(allocator, .{});
    var with_reset = std.heap.ArenaAllocator.init(with_reset_count.allocator());
    defer with_reset.deinit();
    var no_reset_count = std.testing.FailingAllocator.init(allocator, .{});
    var no_reset = std.heap.ArenaAllocator.init(no_reset_count.allocator());
    defer no_reset.deinit();

    var held_after_first: usize = 0;
    for (0..1000) |n| {
        _ = try model.predict(with_reset.allocator(), &image);
        _ = with_reset.reset(.retain_capacity);
        _ = try model.predict(no_reset.allocator(), &image);
        if (n == 0) held_after_first = with_reset_count.allocated_bytes - with_reset_count.freed_bytes;
    }
    const held_with_reset = with_reset_count.allocated_bytes - with_reset_count.freed_bytes;
    const held_no_reset = no_reset_count.allocated_bytes - no_reset_count.freed_bytes;
    std.debug.print("\n1 inference,     reset after each: {d} bytes held\n", .{held_after_first});
    std.debug.print("1000 inferences, reset after each: {d} bytes held\n", .{held_with_reset});
    std.debug.print("1000 inferences, never reset:      {d} bytes held\n", .{held_no_reset});
    try std.testing.expectEqual(held_after_first, held_with_reset);
    try std.testing.expect(held_no_reset > 100_000);
}
// ANCHOR_END: reset-test

// ANCHOR: budget
/// The memory plan of a 768 → 10 model of f64, in bytes.
const budget = struct {
    const inputs = 768;
    const outputs = 10;
    // Persistent: allocated at load, freed at shutdown, shared by every inference.
    const weights = inputs * outputs * @sizeOf(f64);
    const bias = outputs * @sizeOf(f64);
    const persistent = weights + bias;
    // Per inference: the scratch sums, and the result until the caller frees it.
    const scratch = outputs * @sizeOf(f64);
    const result = outputs * @sizeOf(f64);
    const per_inference = scratch + result;
    // The weights are loaded once however many requests run at the same time;
    // each request in flight needs its own scratch and result.
    fn concurrent(requests: usize) usize {
        return persistent + requests * per_inference;
    }
};

test "the budget adds up, and matches what the allocator is asked for" {
    try std.testing.expectEqual(61_440, budget.weights);
    try std.testing.expectEqual(80, budget.bias);
    try std.testing.expectEqual(61_520, budget.persistent);
    try std.testing.expectEqual(160, budget.per_inference);
    try std.testing.expectEqual(61_680, budget.concurrent(1));
    try std.testing.expectEqual(71_760, budget.concurrent(64));

    // Count the bytes loading really asks for.
    var counter = std.testing.FailingAllocator.init(std.testing.allocator, .{});
    var model = try Model.init(counter.allocator(), budget.inputs, budget.outputs);
    defer model.deinit();
    const load_bytes = counter.allocated_bytes;
    try std.testing.expectEqual(budget.persistent, load_bytes);

    // And what one inference asks for: the result, plus the arena's chunk
    // that holds the scratch sums and the arena's own bookkeeping.
    const before = counter.allocated_bytes;
    var input: [budget.inputs]f64 = undefined;
    @memset(&input, 1.0);
    const output = try model.predict(counter.allocator(), &input);
    defer counter.allocator().free(output);
    const per_inference = counter.allocated_bytes - before;
    const arena_chunk = per_inference - budget.result;
    std.debug.print("\nload:          {d} bytes planned, {d} bytes requested\n", .{ budget.persistent, load_bytes });
    std.debug.print("one inference: {d} bytes planned, {d} bytes requested ({d} result + {d} arena chunk for {d} of scratch)\n", .{ budget.per_inference, per_inference, budget.result, arena_chunk, budget.scratch });
    std.debug.print("64 requests at once: {d} bytes planned, {d} with the measured overhead\n", .{ budget.concurrent(64), budget.persistent + 64 * per_inference });
    try std.testing.expect(arena_chunk >= budget.scratch);
}
// ANCHOR_END: budget

// ANCHOR: main
pub fn main() !void {
    // The program's allocator (lesson 3.4). Its deinit reports any leak.
    var safe_allocator = std.heap.SafeAllocator.init(std.heap.page_allocator, .{});
    defer {
        const leaks = safe_allocator.deinit();
        std.debug.print("leak check: {d} allocations never freed\n", .{leaks});
    }
    // A FailingAllocator that never fails, as in the tests: it counts bytes.
    var counter = std.testing.FailingAllocator.init(safe_allocator.allocator(), .{});
    const gpa = counter.allocator();

    // 1. LOAD: weights and bias, once, for the whole run.
    var model = try Model.init(gpa, 768, 10);
    defer model.deinit();
    loadToyWeights(&model);
    std.debug.print("1. load: {d} weights, {d} biases, {d} bytes requested\n", .{ model.weights.len, model.bias.len, counter.allocated_bytes });

    // 2. INFER: predict's arena handles the scratch; the result is ours to free.
    var image: [768]f64 = undefined;
    makeToyImage(&image, 3);
    const scores = try model.predict(gpa, &image);
    defer gpa.free(scores);
    std.debug.print("2. infer: scores {any:.2} -> class {d}\n", .{ scores, argmax(scores) });

    // 3. REPEAT: a batch through one arena, reset between inputs.
    var images: [4][768]f64 = undefined;
    var batch: [4][]const f64 = undefined;
    for ([_]usize{ 7, 0, 5, 9 }, 0..) |region, n| {
        makeToyImage(&images[n], region);
        batch[n] = &images[n];
    }
    const classes = try classifyBatch(&model, gpa, &batch);
    defer gpa.free(classes);
    std.debug.print("3. repeat: {d} images -> classes {any}\n", .{ batch.len, classes });

    // 4. SHUTDOWN: the defers run bottom-up: classes, scores, model, leak check.
    std.debug.print("4. shutdown, {d} bytes still in use\n", .{counter.allocated_bytes - counter.freed_bytes});
}

/// Stands in for reading a weights file: output j adds up every tenth
/// input (inputs j, j + 10, j + 20, …), each weighted 1/77.
fn loadToyWeights(model: *Model) void {
    for (0..model.input_size) |i| {
        model.weights[i * model.output_size + i % model.output_size] = 1.0 / 77.0;
    }
}

/// A fake 768-pixel image: dim everywhere, bright on every tenth pixel from `region`.
fn makeToyImage(image: []f64, region: usize) void {
    for (0..image.len) |i| {
        image[i] = if (i % 10 == region) 0.9 else 0.1;
    }
}
// ANCHOR_END: main

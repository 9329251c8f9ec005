const std = @import("std");
// hide-start
const trace = @import("trace.zig");
// hide-end

test "one arena, reset per batch" {
    // hide-start
    var traced_gpa = trace.Tracer.init("testing", .backing, std.testing.allocator);
    const gpa = traced_gpa.allocator();
    // hide-end
    var arena = std.heap.ArenaAllocator.init(gpa);
    defer arena.deinit();
    // hide-start
    var traced_arena = trace.Tracer.init("arena", .arena, arena.allocator());
    defer traced_arena.deinit();
    const scratch = traced_arena.allocator();
    // hide-end

    for (0..3) |batch| {
        const tokens = try scratch.alloc(u32, 16);
        const scores = try scratch.alloc(f32, 16);
        tokens[0] = @intCast(batch);
        scores[0] = 0.5;
        _ = arena.reset(.retain_capacity);
        // hide-start
        traced_arena.reset();
        // hide-end
    }
}

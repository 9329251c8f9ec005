const std = @import("std");

pub fn main(init: std.process.Init) !void {
    const gpa = init.gpa;

    const batch = try gpa.alloc(f32, 8);
    @memset(batch, 1.0);
    std.debug.print("batch of {d} floats\n", .{batch.len});
    // forgot: defer gpa.free(batch);
}

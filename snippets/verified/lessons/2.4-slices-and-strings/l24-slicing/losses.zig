const std = @import("std");

pub fn main() void {
    const losses = [_]f32{ 0.9, 0.7, 0.55, 0.5, 0.48 };

    const first_two: []const f32 = losses[0..2];
    const from_epoch_2: []const f32 = losses[2..];
    const all: []const f32 = losses[0..];
    const none: []const f32 = losses[3..3];

    std.debug.print("first_two    = {any} (len {d})\n", .{ first_two, first_two.len });
    std.debug.print("from_epoch_2 = {any} (len {d})\n", .{ from_epoch_2, from_epoch_2.len });
    std.debug.print("all          = {any} (len {d})\n", .{ all, all.len });
    std.debug.print("none         = {any} (len {d})\n", .{ none, none.len });
    std.debug.print("from_epoch_2[0] = {d}\n", .{from_epoch_2[0]});
}

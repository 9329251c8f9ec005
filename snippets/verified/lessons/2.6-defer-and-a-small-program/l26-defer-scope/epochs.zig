const std = @import("std");

pub fn main() void {
    for (1..4) |epoch| {
        std.debug.print("epoch {d}: start\n", .{epoch});
        defer std.debug.print("epoch {d}: end\n", .{epoch});
        std.debug.print("epoch {d}: train\n", .{epoch});
    }
    std.debug.print("done\n", .{});
}

const std = @import("std");

pub fn main() void {
    std.debug.print("load config\n", .{});
    defer std.debug.print("deferred: first one written\n", .{});
    defer std.debug.print("deferred: second one written\n", .{});
    std.debug.print("train\n", .{});
}

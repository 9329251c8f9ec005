const std = @import("std");

pub fn main() !void {
    // Copied from a tutorial written for an older Zig:
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();
    _ = allocator;
}

const std = @import("std");

const Optimizer = enum { sgd, momentum, adam };

pub fn main() void {
    const chosen = Optimizer.adam; // type name, dot, value
    const fallback: Optimizer = .sgd; // the type is known: just .sgd

    std.debug.print("chosen = {any}, fallback = {any}\n", .{ chosen, fallback });
    std.debug.print("chosen is adam: {}\n", .{chosen == .adam});
    std.debug.print("chosen is fallback: {}\n", .{chosen == fallback});
}

//! Prints an error bundle, as a compiler server (`zig ... --listen=-`) sends it
//! in an `error_bundle` message body, exactly as the `zig` command line prints
//! it: std's own renderer, with its default options (reference traces, source
//! lines, compile log) and no color. Usage: render-error-bundle FILE
const std = @import("std");

pub fn main(init: std.process.Init) !void {
    const args = try init.minimal.args.toSlice(init.arena.allocator());
    const body = try std.Io.Dir.cwd().readFileAlloc(init.io, args[1], init.gpa, .unlimited);
    defer init.gpa.free(body);
    const extra_len = std.mem.readInt(u32, body[0..4], .little);
    const string_len = std.mem.readInt(u32, body[4..8], .little);
    const extra = try init.gpa.alloc(u32, extra_len);
    defer init.gpa.free(extra);
    for (extra, 0..) |*e, i| e.* = std.mem.readInt(u32, body[8 + 4 * i ..][0..4], .little);
    const eb: std.zig.ErrorBundle = .{ .string_bytes = body[8 + 4 * extra_len ..][0..string_len], .extra = extra };
    var buffer: [4096]u8 = undefined;
    var out = std.Io.File.stdout().writer(init.io, &buffer);
    try eb.renderToWriter(.{}, &out.interface);
    try out.interface.flush();
}

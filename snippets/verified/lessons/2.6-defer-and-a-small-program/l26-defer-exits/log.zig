const std = @import("std");

fn readEpoch(n: u32) error{NoData}!u32 {
    std.debug.print("  open log for epoch {d}\n", .{n});
    defer std.debug.print("  close log for epoch {d}\n", .{n});

    if (n == 0) return error.NoData; // error return
    if (n > 3) return 3; // early return: the log has 3 epochs
    std.debug.print("  read epoch {d}\n", .{n});
    return n; // normal return
}

pub fn main() void {
    for ([_]u32{ 2, 5, 0 }) |n| {
        std.debug.print("readEpoch({d}):\n", .{n});
        const got = readEpoch(n) catch |err| {
            std.debug.print("  failed: {t}\n", .{err});
            continue;
        };
        std.debug.print("  got {d}\n", .{got});
    }
}

const std = @import("std");

pub fn main() void {
    var buffer: [128]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);

    const requests = [_][]const u8{
        "Translate THIS sentence",
        "Summarise the following paragraph, please",
        "Classify each of these reviews as positive or negative, explain every label you chose in full detail, then translate them all into French",
        "Hi",
    };
    for (requests, 0..) |request, i| {
        fba.reset(); // every request gets the whole buffer
        const lower = std.ascii.allocLowerString(fba.allocator(), request) catch |err| switch (err) {
            error.OutOfMemory => {
                std.debug.print("request {d}: refused, {d} bytes is over budget\n", .{ i, request.len });
                continue;
            },
        };
        std.debug.print("request {d}: {d} bytes used: {s}\n", .{ i, fba.end_index, lower });
    }
}

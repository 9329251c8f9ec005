const std = @import("std");

fn countMentions(allocator: std.mem.Allocator, batch: []const []const u8, word: []const u8) !usize {
    var arena = std.heap.ArenaAllocator.init(allocator);
    defer arena.deinit(); // frees every allocation below, all at once
    const scratch = arena.allocator();

    var total: usize = 0;
    for (batch) |sentence| {
        const lower = try std.ascii.allocLowerString(scratch, sentence); // never freed on its own
        total += std.mem.count(u8, lower, word);
    }
    return total;
}

pub fn main() !void {
    var debug_allocator: std.heap.DebugAllocator(.{}) = .init;
    defer _ = debug_allocator.deinit();
    const gpa = debug_allocator.allocator();

    const batch = [_][]const u8{ "The cat sat.", "A CAT and a dog.", "No pets here." };
    const mentions = try countMentions(gpa, &batch, "cat");
    std.debug.print("'cat' appears {d} times\n", .{mentions});
}

const std = @import("std");

// Container level: static memory, from program start to program end.
const class_names = [_][]const u8{ "cat", "dog", "bird" };
var predictions_made: u32 = 0;

fn predictLabel(scores: [3]f32) []const u8 {
    predictions_made += 1;
    var best: usize = 0;
    for (scores, 0..) |score, i| {
        if (score > scores[best]) best = i;
    }
    // The string bytes live in static memory, so handing them out is safe.
    return class_names[best];
}

pub fn main() void {
    std.debug.print("{s}\n", .{predictLabel(.{ 0.1, 0.7, 0.2 })});
    std.debug.print("{s}\n", .{predictLabel(.{ 0.8, 0.1, 0.1 })});
    std.debug.print("predictions made: {d}\n", .{predictions_made});
}

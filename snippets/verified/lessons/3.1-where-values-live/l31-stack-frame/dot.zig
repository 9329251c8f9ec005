const std = @import("std");

fn dot(input: [4]f32, weights: [4]f32) f32 {
    var sum: f32 = 0; // lives in dot's frame
    for (input, 0..) |x, i| {
        sum += x * weights[i];
    }
    return sum; // the value is copied out, then the frame is discarded
}

pub fn main() void {
    const input = [4]f32{ 1.0, 2.0, 3.0, 4.0 };
    const weights = [4]f32{ 0.5, 0.5, 0.5, 0.5 };
    const score = dot(input, weights); // score lives in main's frame
    std.debug.print("score = {d}\n", .{score});
}

// hide-start
const std = @import("std");
// hide-end
fn copyPrompt(buffer: []u32, prompt: []const u32) []u32 {
    @memcpy(buffer, prompt); // 8 slots, 3 tokens
    return buffer[0..prompt.len];
}

test "copy a short prompt into a bigger buffer" {
    var buffer: [8]u32 = undefined;
    const prompt = [_]u32{ 101, 7592, 102 };
    const copied = copyPrompt(&buffer, &prompt);
    try std.testing.expectEqual(@as(usize, 3), copied.len);
}

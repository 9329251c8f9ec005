// hide-start
const std = @import("std");
// hide-end
fn predictedClass(probability: f32) u8 {
    return if (probability >= 0.5) 1 else 0;
}

test "a binary classifier's threshold" {
    try std.testing.expectEqual(1, predictedClass(0.93));
    try std.testing.expectEqual(0, predictedClass(0.12));

    const gpu_memory_gb: u32 = 16;
    const batch_size: u32 = if (gpu_memory_gb >= 24) 64 else 16;
    try std.testing.expectEqual(16, batch_size);
}

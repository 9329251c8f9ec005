const std = @import("std");

test "reach into std.math" {
    const float = std.math.float;
    _ = float;
}

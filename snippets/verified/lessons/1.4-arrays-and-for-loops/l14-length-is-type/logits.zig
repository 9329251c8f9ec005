pub fn main() void {
    const logits: [4]f32 = [_]f32{ 2.0, -1.0, 0.5 };
    _ = logits;
}

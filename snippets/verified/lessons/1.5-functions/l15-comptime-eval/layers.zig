const std = @import("std");

/// A dense layer's parameters: a weight per input-output pair, and a bias per output.
fn denseParams(inputs: u64, outputs: u64) u64 {
    return inputs * outputs + outputs;
}

const hidden_params = denseParams(784, 128); // top level: computed while compiling

pub fn main() void {
    const output_params = comptime denseParams(128, 10);
    std.debug.print("hidden layer {d} parameters, output layer {d}\n", .{ hidden_params, output_params });
}

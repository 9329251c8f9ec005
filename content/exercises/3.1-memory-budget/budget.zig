//! Exercise 3.1: Memory Budget.
//!
//! Work out how many bytes buffers take, decide where they should live,
//! and use a heap buffer whose length is only known at run time.
const std = @import("std");

/// Buffers bigger than this many bytes do not go on the stack.
pub const stack_limit: usize = 64 * 1024;

/// Where a buffer should live.
pub const Placement = enum { stack, heap };

/// The number of bytes that `count` values of type `T` take, side by side in
/// an array or a slice.
pub fn bytesFor(comptime T: type, count: usize) usize {
    // TODO: use the real size of one `T`, not the sum of its fields.
    _ = T;
    _ = count;
    return 0;
}

/// The bytes of a dense layer's parameters: an `inputs` x `outputs` weight
/// matrix plus one bias value per output, all of type `T`.
pub fn denseLayerBytes(comptime T: type, inputs: usize, outputs: usize) usize {
    // TODO: count the weights and the biases.
    _ = T;
    _ = inputs;
    _ = outputs;
    return 0;
}

/// Where a buffer of `count` values of type `T` should live:
/// `.heap` when its length is only known at run time, or when it is bigger
/// than `stack_limit` bytes; `.stack` otherwise.
pub fn placement(comptime T: type, count: usize, length_known_at_compile_time: bool) Placement {
    // TODO: apply the two rules above.
    _ = T;
    _ = count;
    _ = length_known_at_compile_time;
    return .stack;
}

/// How many different token ids appear in `token_ids` (in Python:
/// `len(set(token_ids))`). Every id must be smaller than `vocab_size`;
/// otherwise return `error.TokenOutOfRange`.
///
/// Use one flag per id of the vocabulary, on the heap from
/// `std.heap.page_allocator`, and free it before returning.
pub fn countDistinct(token_ids: []const u32, vocab_size: usize) !usize {
    // TODO: allocate the flags, clear them, mark each id you see, count.
    _ = token_ids;
    _ = vocab_size;
    return error.NotImplemented;
}

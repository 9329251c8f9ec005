//! Exercise 3.1: Memory Budget (a plausible wrong solution: placement only looks at the size).
const std = @import("std");

/// Buffers bigger than this many bytes do not go on the stack.
pub const stack_limit: usize = 64 * 1024;

/// Where a buffer should live.
pub const Placement = enum { stack, heap };

/// The number of bytes that `count` values of type `T` take, side by side in
/// an array or a slice.
pub fn bytesFor(comptime T: type, count: usize) usize {
    // @sizeOf includes padding, which is what an array of T really uses.
    return @sizeOf(T) * count;
}

/// The bytes of a dense layer's parameters: an `inputs` x `outputs` weight
/// matrix plus one bias value per output, all of type `T`.
pub fn denseLayerBytes(comptime T: type, inputs: usize, outputs: usize) usize {
    return bytesFor(T, inputs * outputs) + bytesFor(T, outputs);
}

/// Where a buffer of `count` values of type `T` should live:
/// `.heap` when its length is only known at run time, or when it is bigger
/// than `stack_limit` bytes; `.stack` otherwise.
pub fn placement(comptime T: type, count: usize, length_known_at_compile_time: bool) Placement {
    // Wrong: only the size is checked; a run-time length is not.
    _ = length_known_at_compile_time;
    if (bytesFor(T, count) > stack_limit) return .heap;
    return .stack;
}

/// How many different token ids appear in `token_ids` (in Python:
/// `len(set(token_ids))`). Every id must be smaller than `vocab_size`;
/// otherwise return `error.TokenOutOfRange`.
///
/// Use one flag per id of the vocabulary, on the heap from
/// `std.heap.page_allocator`, and free it before returning.
pub fn countDistinct(token_ids: []const u32, vocab_size: usize) !usize {
    // vocab_size is a run-time value, so the flags cannot be a stack array.
    const seen = try std.heap.page_allocator.alloc(bool, vocab_size);
    defer std.heap.page_allocator.free(seen);

    // Fresh heap memory is garbage until written.
    for (0..seen.len) |i| {
        seen[i] = false;
    }

    var distinct: usize = 0;
    for (token_ids) |id| {
        if (id >= vocab_size) return error.TokenOutOfRange;
        if (!seen[id]) {
            seen[id] = true;
            distinct += 1;
        }
    }
    return distinct;
}

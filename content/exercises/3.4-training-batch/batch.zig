//! Exercise 3.4: Training Batch
//!
//! A batch of training examples that owns three allocations: its name, its
//! input features and its labels. Build it with `init`, copy it with `clone`,
//! and free it with `deinit`, without leaking on any path, including when an
//! allocation fails halfway through. Run the tests with:
//!
//!     zig test batch_test.zig

const std = @import("std");

pub const Batch = struct {
    /// An owned copy of the name passed to `init`.
    name: []u8,
    /// `rows * cols` features, row after row.
    inputs: []f32,
    /// One label per row.
    labels: []u32,
    /// Features per row.
    cols: usize,
    /// The allocator that `deinit` frees everything with.
    allocator: std.mem.Allocator,

    /// Allocates a batch of `rows` examples with `cols` features each. The
    /// inputs and labels start at zero, and `name` is copied.
    /// Returns error.EmptyBatch, without allocating, when `rows` or `cols` is 0.
    /// Call `deinit` to free the batch.
    pub fn init(allocator: std.mem.Allocator, name: []const u8, rows: usize, cols: usize) !Batch {
        // TODO: check the sizes, then allocate the three parts. If any
        // allocation fails, the parts already allocated must be freed
        // before the error reaches the caller.
        _ = allocator;
        _ = name;
        _ = rows;
        _ = cols;
        return error.NotImplemented;
    }

    /// Frees everything the batch owns.
    pub fn deinit(self: *Batch) void {
        // TODO: give every allocation back to the allocator the batch was built with.
        _ = self;
    }

    /// Returns a deep copy of the batch whose memory comes from `allocator`
    /// (which need not be the allocator of the original). The copy shares no
    /// memory with the original. Call `deinit` on the copy to free it.
    pub fn clone(self: *const Batch, allocator: std.mem.Allocator) !Batch {
        // TODO: copy the three parts into memory from `allocator`, with the
        // same care for a failure halfway through as in `init`.
        _ = self;
        _ = allocator;
        return error.NotImplemented;
    }
};

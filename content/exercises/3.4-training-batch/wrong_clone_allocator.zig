//! Exercise 3.4: Training Batch (a plausible wrong solution: clone copies onto the original's allocator instead of the one it was given)

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
        if (rows == 0 or cols == 0) return error.EmptyBatch;

        const owned_name = try allocator.dupe(u8, name);
        errdefer allocator.free(owned_name);

        const inputs = try allocator.alloc(f32, rows * cols);
        errdefer allocator.free(inputs);

        const labels = try allocator.alloc(u32, rows);
        @memset(inputs, 0);
        @memset(labels, 0);

        return .{
            .name = owned_name,
            .inputs = inputs,
            .labels = labels,
            .cols = cols,
            .allocator = allocator,
        };
    }

    /// Frees everything the batch owns.
    pub fn deinit(self: *Batch) void {
        self.allocator.free(self.labels);
        self.allocator.free(self.inputs);
        self.allocator.free(self.name);
        self.* = undefined;
    }

    /// Returns a deep copy of the batch whose memory comes from `allocator`
    /// (which need not be the allocator of the original). The copy shares no
    /// memory with the original. Call `deinit` on the copy to free it.
    pub fn clone(self: *const Batch, allocator: std.mem.Allocator) !Batch {
        const name = try self.allocator.dupe(u8, self.name);
        errdefer self.allocator.free(name);

        const inputs = try self.allocator.dupe(f32, self.inputs);
        errdefer self.allocator.free(inputs);

        const labels = try self.allocator.dupe(u32, self.labels);

        return .{
            .name = name,
            .inputs = inputs,
            .labels = labels,
            .cols = self.cols,
            .allocator = allocator,
        };
    }
};

//! Allocation tracing for the course's memory diagrams ("trace" blocks).
//!
//! A traced block wraps the allocators it wants drawn, in hidden lines:
//!
//!     var traced = trace.Tracer.init("arena", .arena, arena.allocator());
//!     const allocator = traced.allocator();
//!
//! Every alloc, resize, remap and free that goes through `allocator` is passed
//! on to the wrapped allocator unchanged (with the caller's return address, so
//! leak reports and stack traces are the same as without the wrapper) and
//! written as one line on stderr that starts with the marker below. The
//! verifier removes those lines before it normalizes the output, parses them,
//! and records them beside the output; nothing else reads them.
//!
//! The source line of each event is found from the caller's stack, with the
//! executable's own debug info (std.debug.SelfInfo): the first frame that is
//! not in Zig's lib/ and not in this file. A `reset` or `deinit` of an arena
//! or buffer is not an allocator call, so the block says so with a hidden
//! `traced.reset()` / `traced.deinit()` next to the call it mirrors.
const std = @import("std");

/// Starts every event line; the verifier strips these lines from the output.
pub const marker = "@@zv-trace@@";

/// What the diagram groups and colours by.
pub const Kind = enum { backing, arena, fixed, general };

const max_live = 1024;

var next_id: u32 = 1;

const Live = struct { ptr: usize, len: usize, id: u32 };

pub const Tracer = struct {
    name: []const u8,
    kind: Kind,
    child: std.mem.Allocator,
    live: [max_live]Live = undefined,
    live_len: usize = 0,
    announced: bool = false,
    /// Set by `fixed`: the buffer whose fill level (`end_index`) each event reports.
    fba: ?*std.heap.FixedBufferAllocator = null,

    pub fn init(name: []const u8, kind: Kind, child: std.mem.Allocator) Tracer {
        return .{ .name = name, .kind = kind, .child = child };
    }

    /// Traces a FixedBufferAllocator: its events also say how full the buffer is, for the fill-level picture.
    pub fn fixed(name: []const u8, fba: *std.heap.FixedBufferAllocator) Tracer {
        return .{ .name = name, .kind = .fixed, .child = fba.allocator(), .fba = fba };
    }

    pub fn allocator(self: *Tracer) std.mem.Allocator {
        return .{ .ptr = self, .vtable = &.{ .alloc = alloc, .resize = resize, .remap = remap, .free = free } };
    }

    /// Mirrors `arena.reset(…)` or `fba.reset()`: every live allocation of this allocator ends here.
    pub fn reset(self: *Tracer) void {
        self.announce();
        std.debug.print(marker ++ " reset {f}", .{Name{ .text = self.name }});
        self.finish(@returnAddress());
        self.live_len = 0;
    }

    /// Mirrors `arena.deinit()`: every live allocation of this allocator ends here.
    pub fn deinit(self: *Tracer) void {
        self.announce();
        std.debug.print(marker ++ " deinit {f}", .{Name{ .text = self.name }});
        self.finish(@returnAddress());
        self.live_len = 0;
    }

    fn announce(self: *Tracer) void {
        if (self.announced) return;
        self.announced = true;
        std.debug.print(marker ++ " allocator {f} kind={s}", .{ Name{ .text = self.name }, @tagName(self.kind) });
        if (self.fba) |fba| std.debug.print(" capacity={d}", .{fba.buffer.len});
        std.debug.print("\n", .{});
    }

    /// Ends an event line: the fill level of a fixed buffer, then where the call was made.
    fn finish(self: *Tracer, ret_addr: usize) void {
        if (self.fba) |fba| std.debug.print(" used={d}", .{fba.end_index});
        printLine(ret_addr);
    }

    fn find(self: *Tracer, ptr: usize) ?usize {
        for (self.live[0..self.live_len], 0..) |entry, i| if (entry.ptr == ptr) return i;
        return null;
    }

    fn alloc(ctx: *anyopaque, len: usize, alignment: std.mem.Alignment, ret_addr: usize) ?[*]u8 {
        const self: *Tracer = @ptrCast(@alignCast(ctx));
        self.announce();
        const result = self.child.rawAlloc(len, alignment, ret_addr) orelse {
            std.debug.print(marker ++ " fail {f} size={d} align={d}", .{ Name{ .text = self.name }, len, alignment.toByteUnits() });
            self.finish(ret_addr);
            return null;
        };
        const id = next_id;
        next_id += 1;
        if (self.live_len < max_live) {
            self.live[self.live_len] = .{ .ptr = @intFromPtr(result), .len = len, .id = id };
            self.live_len += 1;
        }
        std.debug.print(marker ++ " alloc {f} id={d} size={d} align={d}", .{ Name{ .text = self.name }, id, len, alignment.toByteUnits() });
        self.finish(ret_addr);
        return result;
    }

    fn resize(ctx: *anyopaque, memory: []u8, alignment: std.mem.Alignment, new_len: usize, ret_addr: usize) bool {
        const self: *Tracer = @ptrCast(@alignCast(ctx));
        const ok = self.child.rawResize(memory, alignment, new_len, ret_addr);
        const index = self.find(@intFromPtr(memory.ptr));
        const id = if (index) |i| self.live[i].id else 0;
        if (ok) if (index) |i| {
            self.live[i].len = new_len;
        };
        std.debug.print(marker ++ " {s} {f} id={d} size={d} old={d}", .{ if (ok) "resize" else "resize-refused", Name{ .text = self.name }, id, new_len, memory.len });
        self.finish(ret_addr);
        return ok;
    }

    fn remap(ctx: *anyopaque, memory: []u8, alignment: std.mem.Alignment, new_len: usize, ret_addr: usize) ?[*]u8 {
        const self: *Tracer = @ptrCast(@alignCast(ctx));
        const result = self.child.rawRemap(memory, alignment, new_len, ret_addr);
        const index = self.find(@intFromPtr(memory.ptr));
        const id = if (index) |i| self.live[i].id else 0;
        if (result) |moved| if (index) |i| {
            self.live[i].ptr = @intFromPtr(moved);
            self.live[i].len = new_len;
        };
        std.debug.print(marker ++ " {s} {f} id={d} size={d} old={d}", .{ if (result != null) "remap" else "remap-refused", Name{ .text = self.name }, id, new_len, memory.len });
        self.finish(ret_addr);
        return result;
    }

    fn free(ctx: *anyopaque, memory: []u8, alignment: std.mem.Alignment, ret_addr: usize) void {
        const self: *Tracer = @ptrCast(@alignCast(ctx));
        self.child.rawFree(memory, alignment, ret_addr);
        const index = self.find(@intFromPtr(memory.ptr));
        const id = if (index) |i| self.live[i].id else 0;
        if (index) |i| {
            self.live[i] = self.live[self.live_len - 1];
            self.live_len -= 1;
        }
        std.debug.print(marker ++ " free {f} id={d} size={d}", .{ Name{ .text = self.name }, id, memory.len });
        self.finish(ret_addr);
    }
};

/// Ends an event line with ` file=<name> line=<n>`: the first frame, starting
/// at `first`, whose source is neither Zig's library nor this file.
fn printLine(first: usize) void {
    if (sourceOf(first)) |where| {
        std.debug.print(" file={s} line={d}\n", .{ where.file, where.line });
    } else std.debug.print("\n", .{});
}

/// Prints an allocator's name as one word: a space becomes %20 and % becomes %25 (the verifier decodes them).
const Name = struct {
    text: []const u8,
    pub fn format(name: Name, writer: *std.Io.Writer) std.Io.Writer.Error!void {
        for (name.text) |char| switch (char) {
            ' ' => try writer.writeAll("%20"),
            '%' => try writer.writeAll("%25"),
            else => try writer.writeByte(char),
        };
    }
};

const Where = struct { file: []const u8, line: u64 };

var name_buffer: [256]u8 = undefined;

fn sourceOf(first: usize) ?Where {
    if (first == 0) return null;
    var addresses: [32]usize = undefined;
    const stack = std.debug.captureCurrentStackTrace(.{ .first_address = first }, &addresses);
    const info = std.debug.getSelfDebugInfo() catch return null;
    const io = std.Options.debug_io;
    var text_arena = std.heap.ArenaAllocator.init(std.heap.page_allocator);
    defer text_arena.deinit();
    for (stack.return_addresses) |address| {
        if (address == 0) continue;
        var symbols: std.ArrayList(std.debug.Symbol) = .empty;
        info.getSymbols(io, text_arena.allocator(), text_arena.allocator(), address - 1, false, &symbols) catch continue;
        for (symbols.items) |symbol| {
            const location = symbol.source_location orelse continue;
            const path = location.file_name;
            if (std.mem.indexOf(u8, path, "/lib/std/") != null or std.mem.indexOf(u8, path, "/lib/compiler/") != null) continue;
            const base = std.fs.path.basename(path);
            if (std.mem.eql(u8, base, "trace.zig")) continue;
            const n = @min(base.len, name_buffer.len);
            @memcpy(name_buffer[0..n], base[0..n]);
            return .{ .file = name_buffer[0..n], .line = location.line };
        }
    }
    return null;
}

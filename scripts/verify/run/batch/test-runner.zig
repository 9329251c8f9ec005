//! Test runner for a batch of verify units compiled into one test binary.
//!
//! Each unit's files sit in their own folder (zv_unit_N/); the verifier runs
//! this binary once per unit with ZV_UNIT=zv_unit_N, and the runner runs only
//! that unit's tests, printing exactly what Zig's default test runner prints
//! when the unit is tested on its own (test numbering, names, summary, exit
//! status). The two lines that appear in stack traces, the call of a test and
//! the call of mainTerminal, are written as in the default runner, so the
//! verifier can map their frames back to it (see rewrite-output.ts).
const builtin = @import("builtin");
const std = @import("std");
const Io = std.Io;
const testing = std.testing;

pub const std_options: std.Options = .{
    .logFn = log,
};

var log_err_count: usize = 0;
var fba: std.heap.FixedBufferAllocator = .init(&fba_buffer);
var fba_buffer: [8192]u8 = undefined;
const runner_threaded_io: Io = Io.Threaded.global_single_threaded.io();

pub fn main(init: std.process.Init.Minimal) void {
    const args = init.args.toSlice(fba.allocator()) catch @panic("unable to parse command line args");
    for (args[1..]) |arg| {
        if (std.mem.startsWith(u8, arg, "--seed=")) {
            testing.random_seed = std.fmt.parseUnsigned(u32, arg["--seed=".len..], 0) catch
                @panic("unable to parse --seed command line argument");
        } else {
            std.debug.panic("unrecognized command line argument: {s}", .{arg});
        }
    }
        return mainTerminal(init);
}

/// The unit whose tests run in this process: "zv_unit_N".
fn selectedUnit(init: std.process.Init.Minimal) []const u8 {
    return init.environ.getPosix("ZV_UNIT") orelse @panic("ZV_UNIT is not set");
}

fn mainTerminal(init: std.process.Init.Minimal) void {
    const unit = selectedUnit(init);
    var selected_buffer: [4096]usize = undefined;
    var selected_len: usize = 0;
    for (builtin.test_functions, 0..) |test_fn, index| {
        if (test_fn.name.len > unit.len and std.mem.startsWith(u8, test_fn.name, unit) and test_fn.name[unit.len] == '.') {
            selected_buffer[selected_len] = index;
            selected_len += 1;
        }
    }
    const selected = selected_buffer[0..selected_len];

    var ok_count: usize = 0;
    var skip_count: usize = 0;
    var fail_count: usize = 0;
    const root_node = std.Progress.start(runner_threaded_io, .{
        .root_name = "Test",
        .estimated_total_items = selected.len,
    });
    const have_tty = Io.File.stderr().isTty(runner_threaded_io) catch unreachable;

    var leaks: usize = 0;
    for (selected, 0..) |index, i| {
        const test_fn = builtin.test_functions[index];
        const name = test_fn.name[unit.len + 1 ..];
        testing.allocator_instance = .init(std.heap.page_allocator, .{
            .canary = 0xc3a701ba,
            .check_write_after_free = true,
        });
        testing.io_instance = .init(testing.allocator, .{
            .argv0 = .init(init.args),
            .environ = init.environ,
        });
        defer {
            testing.io_instance.deinit();
            if (testing.allocator_instance.deinit() != 0) leaks += 1;
        }
        testing.log_level = .warn;
        testing.environ = init.environ;

        const test_node = root_node.start(name, 0);
        if (!have_tty) {
            std.debug.print("{d}/{d} {s}...", .{ i + 1, selected.len, name });
        }
        if (test_fn.func()) |_| {
            ok_count += 1;
            test_node.end();
            if (!have_tty) std.debug.print("OK\n", .{});
        } else |err| switch (err) {
            error.SkipZigTest => {
                skip_count += 1;
                if (have_tty) {
                    std.debug.print("{d}/{d} {s}...SKIP\n", .{ i + 1, selected.len, name });
                } else {
                    std.debug.print("SKIP\n", .{});
                }
                test_node.end();
            },
            else => {
                fail_count += 1;
                if (have_tty) {
                    std.debug.print("{d}/{d} {s}...FAIL ({t})\n", .{ i + 1, selected.len, name, err });
                } else {
                    std.debug.print("FAIL ({t})\n", .{err});
                }
                if (@errorReturnTrace()) |trace| {
                    std.debug.dumpErrorReturnTrace(trace);
                }
                test_node.end();
            },
        }
    }
    root_node.end();
    if (ok_count == selected.len) {
        std.debug.print("All {d} tests passed.\n", .{ok_count});
    } else {
        std.debug.print("{d} passed; {d} skipped; {d} failed.\n", .{ ok_count, skip_count, fail_count });
    }
    if (log_err_count != 0) {
        std.debug.print("{d} errors were logged.\n", .{log_err_count});
    }
    if (leaks != 0) {
        std.debug.print("{d} tests leaked memory.\n", .{leaks});
    }
    if (leaks != 0 or log_err_count != 0 or fail_count != 0) {
        std.process.exit(1);
    }
}

pub fn log(
    comptime message_level: std.log.Level,
    comptime scope: @EnumLiteral(),
    comptime format: []const u8,
    args: anytype,
) void {
    if (@backingInt(message_level) <= @backingInt(std.log.Level.err)) {
        log_err_count +|= 1;
    }
    if (@backingInt(message_level) <= @backingInt(testing.log_level)) {
        std.debug.print(
            "[" ++ @tagName(scope) ++ "] (" ++ @tagName(message_level) ++ "): " ++ format ++ "\n",
            args,
        );
    }
}

//! scan-features: lists the Zig features each source uses, found with the
//! pinned Zig's own tokenizer and parser (std.zig.Tokenizer, std.zig.Ast),
//! never with patterns over text. The syntax-order check (scripts/syntax/)
//! compiles it once per Zig version and source hash and sends it every block
//! that needs scanning in one batch: one process per block would be slow.
//!
//! stdin:  the sources, back to back, each framed as `<byte length>\n<bytes>`.
//! stdout: one line per use, fields separated by tabs:
//!
//!     <source index> <kind> <name> <line> <column>
//!
//!   kind      keyword, builtin, std, method or construct
//!   name      `errdefer`, `@memset`, `std.heap.ArenaAllocator.init`, `reset`,
//!             or a construct name (the list is `construct_names` below)
//!   position  1-based; the column counts UTF-16 code units, as JavaScript
//!             strings do, so that it matches the lesson source the caller reads
//!
//! A source that does not parse also gets `<index> parse-error <count> <line>
//! <column>` (its first error); the uses found in what did parse are still
//! listed. Every source ends with `<index> end`, so the caller can tell an
//! empty source from a crash.

const std = @import("std");
const Ast = std.zig.Ast;
const Allocator = std.mem.Allocator;
const Node = Ast.Node;
const TokenIndex = Ast.TokenIndex;
const Writer = std.Io.Writer;

/// The constructs reported. The inventory schema (`constructNames` in
/// course/schemas/syntax-inventory.ts) lists the same names, and a test keeps
/// the two in step (tests/unit/syntax-order.test.ts).
pub const construct_names = [_][]const u8{
    "pointer-type",             "const-pointer-type",     "many-pointer-type",   "c-pointer-type",
    "slice-type",               "sentinel-slice-type",    "array-type",          "optional-type",
    "error-union-type",         "address-of",             "dereference",         "optional-unwrap",
    "slicing",                  "labelled-block",         "labelled-loop",       "anonymous-struct-literal",
    "struct-literal",           "array-literal",          "enum-literal",        "decl-literal",
    "multi-object-for",         "for-range",              "payload-capture",     "pointer-capture",
    "error-capture",            "destructuring",          "multiline-string",    "switch-range",
    "wrapping-arithmetic",      "saturating-arithmetic",  "error-set-merge",
};

pub fn main(init: std.process.Init) !void {
    const io = init.io;
    var in_buffer: [64 * 1024]u8 = undefined;
    var stdin = std.Io.File.stdin().readerStreaming(io, &in_buffer);
    const input = stdin.interface.allocRemaining(init.arena.allocator(), .unlimited) catch |err|
        std.process.fatal("scan-features: cannot read stdin: {t}", .{err});

    var out_buffer: [64 * 1024]u8 = undefined;
    var stdout = std.Io.File.stdout().writerStreaming(io, &out_buffer);
    const out = &stdout.interface;

    // One arena for everything a source needs, emptied between sources.
    var arena: std.heap.ArenaAllocator = .init(init.gpa);
    defer arena.deinit();

    var rest: []const u8 = input;
    var index: usize = 0;
    while (rest.len > 0) : (index += 1) {
        const newline = std.mem.findScalar(u8, rest, '\n') orelse
            std.process.fatal("scan-features: source {d}: missing `<length>\\n` frame header", .{index});
        const len = std.fmt.parseInt(usize, rest[0..newline], 10) catch
            std.process.fatal("scan-features: source {d}: bad frame length '{s}'", .{ index, rest[0..newline] });
        if (rest.len - newline - 1 < len)
            std.process.fatal("scan-features: source {d}: frame says {d} bytes, {d} left", .{ index, len, rest.len - newline - 1 });
        const body = rest[newline + 1 ..][0..len];
        rest = rest[newline + 1 + len ..];

        _ = arena.reset(.retain_capacity);
        try scanSource(arena.allocator(), body, index, out);
    }
    try out.flush();
}

/// Lists the uses of one source on `out`.
pub fn scanSource(gpa: Allocator, body: []const u8, index: usize, out: *Writer) !void {
    const source = try gpa.dupeSentinel(u8, body, 0);
    var tree = try Ast.parse(gpa, source, .{ .mode = .zig });
    defer tree.deinit(gpa);

    var scan: Scan = .{
        .gpa = gpa,
        .tree = &tree,
        .lines = try .init(gpa, source),
        .out = out,
        .index = index,
    };
    if (tree.errors.len > 0) {
        const first = tree.errors[0];
        const pos = scan.lines.position(tree.tokenStart(first.token) + tree.errorOffset(first));
        try out.print("{d}\tparse-error\t{d}\t{d}\t{d}\n", .{ index, tree.errors.len, pos.line, pos.column });
    }
    try scan.tokens();
    try scan.nodes();
    try out.print("{d}\tend\n", .{index});
}

/// Byte offset to line and column.
const LineIndex = struct {
    source: []const u8,
    /// Byte offset where each line starts.
    starts: []const u32,

    fn init(gpa: Allocator, source: []const u8) !LineIndex {
        var starts: std.ArrayList(u32) = .empty;
        try starts.append(gpa, 0);
        for (source, 0..) |byte, i| {
            if (byte == '\n') try starts.append(gpa, @intCast(i + 1));
        }
        return .{ .source = source, .starts = starts.items };
    }

    const Position = struct { line: usize, column: usize };

    fn position(self: LineIndex, offset: usize) Position {
        // The last line that starts at or before `offset`.
        var low: usize = 0;
        var high: usize = self.starts.len;
        while (high - low > 1) {
            const mid = low + (high - low) / 2;
            if (self.starts[mid] <= offset) low = mid else high = mid;
        }
        // Columns count UTF-16 code units: a 4-byte UTF-8 sequence is a surrogate pair.
        var column: usize = 1;
        for (self.source[self.starts[low]..@min(offset, self.source.len)]) |byte| {
            if (byte & 0xC0 == 0x80) continue;
            column += if (byte >= 0xF0) 2 else 1;
        }
        return .{ .line = low + 1, .column = column };
    }
};

const Scan = struct {
    gpa: Allocator,
    tree: *const Ast,
    lines: LineIndex,
    out: *Writer,
    index: usize,

    fn emit(s: *Scan, kind: []const u8, name: []const u8, token: TokenIndex) !void {
        // A name with a tab or newline (only possible as @"…") would break the line format.
        for (name) |c| if (c < 0x20) return;
        const pos = s.lines.position(s.tree.tokenStart(token));
        try s.out.print("{d}\t{s}\t{s}\t{d}\t{d}\n", .{ s.index, kind, name, pos.line, pos.column });
    }

    fn construct(s: *Scan, name: []const u8, token: TokenIndex) !void {
        std.debug.assert(isConstructName(name));
        try s.emit("construct", name, token);
    }

    fn tokenTag(s: *Scan, token: TokenIndex) std.zig.Token.Tag {
        return s.tree.tokenTag(token);
    }

    /// Keywords and builtins are tokens: no tree needed, and they are found
    /// even in a source that does not parse.
    fn tokens(s: *Scan) !void {
        const tags = s.tree.tokens.items(.tag);
        for (tags, 0..) |tag, i| {
            const token: TokenIndex = @intCast(i);
            switch (tag) {
                .builtin => try s.emit("builtin", s.tree.tokenSlice(token), token),
                // true, false, null and undefined are primitive values, not
                // keywords, to the tokenizer; a learner reads them as keywords.
                .identifier => {
                    const name = s.tree.tokenSlice(token);
                    const after_dot = token > 0 and tags[token - 1] == .period;
                    if (!after_dot and isPrimitiveValue(name)) try s.emit("keyword", name, token);
                },
                else => if (isKeyword(tag)) try s.emit("keyword", tag.lexeme().?, token),
            }
        }
    }

    fn nodes(s: *Scan) !void {
        const tree = s.tree;
        const count = tree.nodes.len;
        const tags = tree.nodes.items(.tag);

        // The tree has no parent links: mark what the walk below needs to know
        // about a node's parent first.
        const role = try s.gpa.alloc(Role, count);
        @memset(role, .{});
        for (tags, 0..) |tag, i| {
            const node: Node.Index = @fromBackingInt(@as(u32, @intCast(i)));
            switch (tag) {
                .call_one, .call_one_comma, .call, .call_comma => {
                    var buffer: [1]Node.Index = undefined;
                    const call = tree.fullCall(&buffer, node).?;
                    role[@backingInt(call.ast.fn_expr)].callee = true;
                },
                .field_access => role[@backingInt(tree.nodeData(node).node_and_token[0])].field_lhs = true,
                else => {},
            }
        }

        var aliases: Aliases = try .find(s, role);

        for (tags, 0..) |tag, i| {
            const node: Node.Index = @fromBackingInt(@as(u32, @intCast(i)));
            const main_token = tree.nodeMainToken(node);
            switch (tag) {
                .ptr_type_aligned, .ptr_type_sentinel, .ptr_type, .ptr_type_bit_range => {
                    const ptr = tree.fullPtrType(node).?;
                    try s.construct(switch (ptr.size) {
                        .one => if (ptr.const_token != null) "const-pointer-type" else "pointer-type",
                        .many => "many-pointer-type",
                        .c => "c-pointer-type",
                        .slice => if (ptr.ast.sentinel != .none) "sentinel-slice-type" else "slice-type",
                    }, main_token);
                },
                .array_type, .array_type_sentinel => try s.construct("array-type", main_token),
                .optional_type => try s.construct("optional-type", main_token),
                .error_union => try s.construct("error-union-type", main_token),
                .fn_proto_simple, .fn_proto_multi, .fn_proto_one, .fn_proto => {
                    // `fn f() !T`: the parser drops the `!` of an inferred error set.
                    var buffer: [1]Node.Index = undefined;
                    const proto = tree.fullFnProto(&buffer, node).?;
                    if (proto.ast.return_type.unwrap()) |return_type| {
                        const first = tree.firstToken(return_type);
                        if (first > 0 and s.tokenTag(first - 1) == .bang) try s.construct("error-union-type", first - 1);
                    }
                },
                .address_of => try s.construct("address-of", main_token),
                .deref => try s.construct("dereference", main_token),
                .unwrap_optional => try s.construct("optional-unwrap", main_token),
                .slice_open, .slice, .slice_sentinel => try s.construct("slicing", main_token),
                .block_two, .block_two_semicolon, .block, .block_semicolon => {
                    if (main_token >= 2 and s.tokenTag(main_token - 1) == .colon and s.tokenTag(main_token - 2) == .identifier)
                        try s.construct("labelled-block", main_token - 2);
                },
                .while_simple, .while_cont, .@"while" => {
                    const loop = tree.fullWhile(node).?;
                    if (loop.label_token) |label| try s.construct("labelled-loop", label);
                    if (loop.payload_token) |payload| try s.capture(payload);
                    if (loop.error_token) |err| try s.construct("error-capture", err);
                },
                .for_simple, .@"for" => {
                    const loop = tree.fullFor(node).?;
                    if (loop.label_token) |label| try s.construct("labelled-loop", label);
                    if (loop.ast.inputs.len > 1) try s.construct("multi-object-for", loop.ast.for_token);
                    // Every for captures; only `|*x|` is a construct of its own.
                    var token = loop.payload_token;
                    while (token < tree.tokens.len and s.tokenTag(token) != .pipe) : (token += 1) {
                        if (s.tokenTag(token) == .asterisk) try s.construct("pointer-capture", token);
                    }
                },
                .for_range => try s.construct("for-range", tree.firstToken(node)),
                .if_simple, .@"if" => {
                    const branch = tree.fullIf(node).?;
                    if (branch.payload_token) |payload| try s.capture(payload);
                    if (branch.error_token) |err| try s.construct("error-capture", err);
                },
                .@"catch" => if (s.tokenTag(main_token + 1) == .pipe) try s.construct("error-capture", main_token + 2),
                .switch_case_one, .switch_case_inline_one, .switch_case, .switch_case_inline => {
                    const case = tree.fullSwitchCase(node).?;
                    if (case.payload_token) |payload| try s.capture(payload);
                },
                .switch_range => try s.construct("switch-range", main_token),
                .struct_init_dot, .struct_init_dot_comma, .struct_init_dot_two, .struct_init_dot_two_comma,
                .array_init_dot, .array_init_dot_comma, .array_init_dot_two, .array_init_dot_two_comma,
                => try s.construct("anonymous-struct-literal", main_token - 1),
                .struct_init_one, .struct_init_one_comma, .struct_init, .struct_init_comma => try s.construct("struct-literal", tree.firstToken(node)),
                .array_init_one, .array_init_one_comma, .array_init, .array_init_comma => try s.construct("array-literal", tree.firstToken(node)),
                // `.red` and `.init` look alike; only a call (`.init(x)`) is
                // certainly a declaration rather than an enum value.
                .enum_literal => if (role[i].callee) {
                    try s.construct("decl-literal", main_token - 1);
                    try s.emit("method", tree.tokenSlice(main_token), main_token);
                } else try s.construct("enum-literal", main_token - 1),
                .assign_destructure => try s.construct("destructuring", main_token),
                .multiline_string_literal => try s.construct("multiline-string", main_token),
                .add_wrap, .sub_wrap, .mul_wrap, .negation_wrap, .assign_add_wrap, .assign_sub_wrap, .assign_mul_wrap => try s.construct("wrapping-arithmetic", main_token),
                .add_sat, .sub_sat, .mul_sat, .shl_sat, .assign_add_sat, .assign_sub_sat, .assign_mul_sat, .assign_shl_sat => try s.construct("saturating-arithmetic", main_token),
                .merge_error_sets => try s.construct("error-set-merge", main_token),
                .field_access => {
                    const name_token = tree.nodeData(node).node_and_token[1];
                    if (role[i].callee) try s.emit("method", tree.tokenSlice(name_token), name_token);
                    // A std path is reported once, whole, where it starts.
                    if (!role[i].field_lhs and !role[i].alias_init) {
                        if (try aliases.stdPath(node)) |path| try s.emit("std", path, tree.firstToken(node));
                    }
                },
                .identifier => if (!role[i].field_lhs and !role[i].alias_init) {
                    if (aliases.resolve(main_token)) |path| try s.emit("std", path, main_token);
                },
                else => {},
            }
        }
    }

    /// `|x|` is a payload capture, `|*x|` a pointer capture.
    fn capture(s: *Scan, payload: TokenIndex) !void {
        try s.construct(if (s.tokenTag(payload) == .asterisk) "pointer-capture" else "payload-capture", payload);
    }
};

/// What a node is to its parent, found before the main walk.
const Role = packed struct {
    /// The function of a call: `x.name(…)` is a method call, `.name(…)` a decl literal.
    callee: bool = false,
    /// The left side of a field access, so not the end of a std path.
    field_lhs: bool = false,
    /// The value of a `const X = std.…;` alias: its uses are reported instead.
    alias_init: bool = false,
};

/// Names that stand for a std path (`const mem = std.mem;`), each with where
/// it can be used. Zig forbids shadowing, so a name and a scope identify the
/// alias.
const Aliases = struct {
    scan: *Scan,
    list: std.ArrayList(Alias),

    const Alias = struct {
        name: []const u8,
        path: []const u8,
        /// Tokens in which the alias is visible: a container's declarations see
        /// each other in any order, a block's locals only after they are declared.
        first: TokenIndex,
        last: TokenIndex,
    };

    fn find(scan: *Scan, role: []Role) !Aliases {
        const tree = scan.tree;
        var self: Aliases = .{ .scan = scan, .list = .empty };
        // An alias can name another (`const mem = std.mem; const Allocator =
        // mem.Allocator;`), in any order at container level: repeat until stable.
        var changed = true;
        var rounds: usize = 0;
        while (changed and rounds < 16) : (rounds += 1) {
            changed = false;
            for (tree.nodes.items(.tag), 0..) |tag, i| {
                switch (tag) {
                    .global_var_decl, .local_var_decl, .simple_var_decl, .aligned_var_decl => {},
                    else => continue,
                }
                const node: Node.Index = @fromBackingInt(@as(u32, @intCast(i)));
                const decl = tree.fullVarDecl(node).?;
                if (tree.tokenTag(decl.ast.mut_token) != .keyword_const) continue;
                const value = decl.ast.init_node.unwrap() orelse continue;
                // Found in an earlier round.
                if (role[@backingInt(value)].alias_init) continue;
                const name_token = decl.ast.mut_token + 1;
                if (tree.tokenTag(name_token) != .identifier) continue;
                const path = (try self.stdPath(value)) orelse continue;
                // `const std = @import("std");` is the root itself, not an alias.
                if (std.mem.eql(u8, tree.tokenSlice(name_token), "std") and std.mem.eql(u8, path, "std")) continue;
                role[@backingInt(value)].alias_init = true;
                const scope = scopeOf(tree, decl.firstToken());
                try self.list.append(scan.gpa, .{
                    .name = tree.tokenSlice(name_token),
                    .path = path,
                    .first = if (scope.container) scope.first else name_token,
                    .last = scope.last,
                });
                changed = true;
            }
        }
        return self;
    }

    /// The std path an identifier token stands for, if it is an alias in scope.
    fn resolve(self: *Aliases, token: TokenIndex) ?[]const u8 {
        const name = self.scan.tree.tokenSlice(token);
        var best: ?Alias = null;
        for (self.list.items) |alias| {
            if (token < alias.first or token > alias.last or !std.mem.eql(u8, alias.name, name)) continue;
            // The innermost scope wins.
            if (best == null or alias.last - alias.first < best.?.last - best.?.first) best = alias;
        }
        return if (best) |alias| alias.path else null;
    }

    /// `std.a.b` (through `std`, `@import("std")` or an alias) as a dotted path; null otherwise.
    fn stdPath(self: *Aliases, node: Node.Index) !?[]const u8 {
        const tree = self.scan.tree;
        var segments: std.ArrayList([]const u8) = .empty;
        var current = node;
        while (tree.nodeTag(current) == .field_access) {
            const data = tree.nodeData(current).node_and_token;
            try segments.append(self.scan.gpa, tree.tokenSlice(data[1]));
            current = data[0];
        }
        const root: []const u8 = switch (tree.nodeTag(current)) {
            .identifier => blk: {
                const token = tree.nodeMainToken(current);
                if (std.mem.eql(u8, tree.tokenSlice(token), "std")) break :blk "std";
                break :blk self.resolve(token) orelse return null;
            },
            .builtin_call_two, .builtin_call_two_comma => blk: {
                var buffer: [2]Node.Index = undefined;
                const params = tree.builtinCallParams(&buffer, current).?;
                const is_import = std.mem.eql(u8, tree.tokenSlice(tree.nodeMainToken(current)), "@import");
                if (!is_import or params.len != 1 or tree.nodeTag(params[0]) != .string_literal) return null;
                if (!std.mem.eql(u8, tree.tokenSlice(tree.nodeMainToken(params[0])), "\"std\"")) return null;
                break :blk "std";
            },
            else => return null,
        };
        var path: std.ArrayList(u8) = .empty;
        try path.appendSlice(self.scan.gpa, root);
        var i = segments.items.len;
        while (i > 0) {
            i -= 1;
            try path.append(self.scan.gpa, '.');
            try path.appendSlice(self.scan.gpa, segments.items[i]);
        }
        return path.items;
    }
};

const Scope = struct { first: TokenIndex, last: TokenIndex, container: bool };

/// The innermost block or container around `token` (the whole file at top level).
fn scopeOf(tree: *const Ast, token: TokenIndex) Scope {
    var best: Scope = .{ .first = 0, .last = @intCast(tree.tokens.len - 1), .container = true };
    for (tree.nodes.items(.tag), 0..) |tag, i| {
        const container = switch (tag) {
            .block_two, .block_two_semicolon, .block, .block_semicolon => false,
            .container_decl, .container_decl_trailing, .container_decl_two, .container_decl_two_trailing,
            .container_decl_arg, .container_decl_arg_trailing, .tagged_union, .tagged_union_trailing,
            .tagged_union_two, .tagged_union_two_trailing, .tagged_union_enum_tag, .tagged_union_enum_tag_trailing,
            => true,
            else => continue,
        };
        const node: Node.Index = @fromBackingInt(@as(u32, @intCast(i)));
        const first = tree.firstToken(node);
        const last = tree.lastToken(node);
        if (first <= token and token <= last and last - first < best.last - best.first) {
            best = .{ .first = first, .last = last, .container = container };
        }
    }
    return best;
}

fn isConstructName(name: []const u8) bool {
    for (construct_names) |known| {
        if (std.mem.eql(u8, name, known)) return true;
    }
    return false;
}

fn isKeyword(tag: std.zig.Token.Tag) bool {
    return std.mem.startsWith(u8, @tagName(tag), "keyword_");
}

fn isPrimitiveValue(name: []const u8) bool {
    for ([_][]const u8{ "true", "false", "null", "undefined" }) |value| {
        if (std.mem.eql(u8, name, value)) return true;
    }
    return false;
}

fn scanForTest(source: []const u8) ![]u8 {
    var arena: std.heap.ArenaAllocator = .init(std.testing.allocator);
    defer arena.deinit();
    var out: Writer.Allocating = .init(std.testing.allocator);
    defer out.deinit();
    try scanSource(arena.allocator(), source, 0, &out.writer);
    return std.testing.allocator.dupe(u8, out.written());
}

fn expectUse(output: []const u8, line: []const u8) !void {
    if (std.mem.find(u8, output, line) == null) {
        std.debug.print("missing `{s}` in:\n{s}\n", .{ line, output });
        return error.TestExpectedUse;
    }
}

test "keywords, builtins and primitive values are tokens, with 1-based positions" {
    const output = try scanForTest("const x: u8 = @intCast(3);\nvar y: ?u8 = null;\n");
    defer std.testing.allocator.free(output);
    try expectUse(output, "0\tkeyword\tconst\t1\t1\n");
    try expectUse(output, "0\tbuiltin\t@intCast\t1\t15\n");
    try expectUse(output, "0\tkeyword\tnull\t2\t14\n");
    try expectUse(output, "0\tconstruct\toptional-type\t2\t8\n");
    try expectUse(output, "0\tend\n");
}

test "std paths are whole, through aliases, and method calls are named" {
    const output = try scanForTest(
        \\const std = @import("std");
        \\const Allocator = std.mem.Allocator;
        \\fn f(a: Allocator) !void {
        \\    var arena = std.heap.ArenaAllocator.init(a);
        \\    defer arena.deinit();
        \\}
    );
    defer std.testing.allocator.free(output);
    try expectUse(output, "0\tstd\tstd.mem.Allocator\t3\t9\n");
    try expectUse(output, "0\tstd\tstd.heap.ArenaAllocator.init\t4\t17\n");
    try expectUse(output, "0\tmethod\tdeinit\t5\t17\n");
    try expectUse(output, "0\tconstruct\terror-union-type\t3\t20\n");
    // The alias declaration itself is not a use.
    try std.testing.expect(std.mem.find(u8, output, "\t2\t18\n") == null);
}

test "a local alias is visible only in its block" {
    const output = try scanForTest(
        \\const std = @import("std");
        \\fn f(allocator: u8) u8 { return allocator; }
        \\test {
        \\    const allocator = std.testing.allocator;
        \\    _ = allocator;
        \\}
    );
    defer std.testing.allocator.free(output);
    try expectUse(output, "0\tstd\tstd.testing.allocator\t5\t9\n");
    try std.testing.expect(std.mem.find(u8, output, "std.testing.allocator\t2\t") == null);
}

test "constructs" {
    const output = try scanForTest(
        \\fn f(p: *const u8, xs: []u8) void {
        \\    const v = blk: {
        \\        break :blk p.*;
        \\    };
        \\    for (xs, 0..) |*x, i| x.* = v + @as(u8, @intCast(i));
        \\    const a = &xs[1..];
        \\    _ = a;
        \\}
    );
    defer std.testing.allocator.free(output);
    try expectUse(output, "0\tconstruct\tconst-pointer-type\t1\t9\n");
    try expectUse(output, "0\tconstruct\tslice-type\t1\t24\n");
    try expectUse(output, "0\tconstruct\tlabelled-block\t2\t15\n");
    try expectUse(output, "0\tconstruct\tdereference\t3\t21\n");
    try expectUse(output, "0\tconstruct\tmulti-object-for\t5\t5\n");
    try expectUse(output, "0\tconstruct\tpointer-capture\t5\t20\n");
    try expectUse(output, "0\tconstruct\tfor-range\t5\t14\n");
    try expectUse(output, "0\tconstruct\taddress-of\t6\t15\n");
    try expectUse(output, "0\tconstruct\tslicing\t6\t18\n");
}

test "a source that does not parse still lists its tokens" {
    const output = try scanForTest("fn f( { errdefer }");
    defer std.testing.allocator.free(output);
    try expectUse(output, "0\tparse-error\t");
    try expectUse(output, "0\tkeyword\terrdefer\t1\t9\n");
}

test "every construct is recognised (the source only has to parse)" {
    const output = try scanForTest(
        \\const E = error{A} || error{B};
        \\fn f(p: *u8, q: *const u8, m: [*]u8, c: [*c]u8, s: []u8, z: [:0]const u8, a: [2]u8, o: ?u8, e: E!u8) !void {
        \\    _ = .{ p, q, m, c, s, z, a, o, e, &a, a.*, o.?, s[0..1] };
        \\    const v = blk: {
        \\        break :blk 1;
        \\    };
        \\    outer: for (s, 0..) |*x, i| x.* = i;
        \\    _ = P{ .x = 1 };
        \\    _ = [_]u8{ 1, 2 };
        \\    const d: P = .init(.red);
        \\    if (o) |value| _ = value;
        \\    _ = e catch |err| return err;
        \\    const t1, const t2 = .{ 1, 2 };
        \\    const text =
        \\        \\multi
        \\    ;
        \\    switch (v) {
        \\        0...9 => {},
        \\        else => {},
        \\    }
        \\    _ = .{ v +% 1, v +| 1, d, t1, t2, text };
        \\}
    );
    defer std.testing.allocator.free(output);
    try std.testing.expect(std.mem.find(u8, output, "parse-error") == null);
    for (construct_names) |name| {
        var needle: [64]u8 = undefined;
        try expectUse(output, try std.fmt.bufPrint(&needle, "\tconstruct\t{s}\t", .{name}));
    }
}

test "aliases of aliases resolve in any order, and @import(\"std\") is std" {
    const output = try scanForTest(
        \\fn f(a: Allocator) void {
        \\    @import("std").debug.print("{}", .{a});
        \\}
        \\const Allocator = mem.Allocator;
        \\const mem = std.mem;
        \\const std = @import("std");
    );
    defer std.testing.allocator.free(output);
    try expectUse(output, "0\tstd\tstd.mem.Allocator\t1\t9\n");
    try expectUse(output, "0\tstd\tstd.debug.print\t2\t5\n");
    // Each use once, however many rounds the aliases took.
    try std.testing.expectEqual(1, std.mem.count(u8, output, "std.mem.Allocator"));
}

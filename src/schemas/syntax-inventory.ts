/**
 * content/syntax/inventory.yaml: every Zig feature a learner meets, and where
 * it is introduced. Instructors read it to know what a student has seen; the
 * verifier's syntax-order check (scripts/syntax/) fails a block that uses a
 * feature before the lesson that introduces it, or one the inventory never
 * lists.
 *
 * What the check tracks: every keyword, builtin, `std.` path and construct a
 * block uses (an unlisted one is "never introduced"), and the methods this
 * file lists (a user-defined `model.predict()` is not a feature), by name:
 * once `reset` is listed, every `.reset(…)` call counts.
 */
import { z } from 'zod';
import { lessonNumber, slug } from './fields.ts';

export const featureKinds = ['keyword', 'builtin', 'std', 'method', 'construct'] as const;
export type FeatureKind = (typeof featureKinds)[number];

/**
 * Zig's keywords (std.zig.Token.keywords of the pinned Zig), plus the four
 * primitive values that read like keywords and are tracked as such.
 */
export const keywordNames = [
  'addrspace',
  'align',
  'allowzero',
  'and',
  'anyframe',
  'anytype',
  'asm',
  'break',
  'callconv',
  'catch',
  'comptime',
  'const',
  'continue',
  'defer',
  'else',
  'enum',
  'errdefer',
  'error',
  'export',
  'extern',
  'fn',
  'for',
  'if',
  'inline',
  'noalias',
  'noinline',
  'nosuspend',
  'opaque',
  'or',
  'orelse',
  'packed',
  'pub',
  'resume',
  'return',
  'linksection',
  'struct',
  'suspend',
  'switch',
  'test',
  'threadlocal',
  'try',
  'union',
  'unreachable',
  'var',
  'volatile',
  'while',
  'true',
  'false',
  'null',
  'undefined',
] as const;

/**
 * The constructs the scanner (scripts/syntax/scan-features.zig) recognises in
 * the syntax tree, besides keywords, builtins, std paths and methods. Keep in
 * step with `construct_names` there.
 */
export const constructNames = [
  'pointer-type', // *T
  'const-pointer-type', // *const T
  'many-pointer-type', // [*]T
  'c-pointer-type', // [*c]T
  'slice-type', // []T, []const T
  'sentinel-slice-type', // [:0]T
  'array-type', // [N]T, [_]T
  'optional-type', // ?T
  'error-union-type', // E!T, and a function's !T
  'address-of', // &x
  'dereference', // p.*
  'optional-unwrap', // x.?
  'slicing', // x[a..b], x[a..]
  'labelled-block', // blk: { ... break :blk v; }
  'labelled-loop', // outer: for (...)
  'anonymous-struct-literal', // .{ .a = 1 }, .{ a, b }
  'struct-literal', // Point{ .x = 1 }
  'array-literal', // [_]u8{ 1, 2 }
  'enum-literal', // .red (and a decl literal that is not called, such as .init: they look alike)
  'decl-literal', // .init(x): a declaration of the expected type, called
  'multi-object-for', // for (a, b) |x, y|, for (xs, 0..) |x, i|
  'for-range', // for (0..n) |i|
  'payload-capture', // if (x) |v|, while (it.next()) |v|, switch prong |v|
  'pointer-capture', // for (xs) |*x|, if (x) |*v|
  'error-capture', // catch |err|, else |err|
  'destructuring', // const a, const b = .{ 1, 2 };
  'multiline-string', // \\line
  'switch-range', // 1...9 =>
  'wrapping-arithmetic', // +%, -%, *%
  'saturating-arithmetic', // +|, -|, *|, <<|
  'error-set-merge', // A || B
] as const;

/** "M1" and "M2": taught in Modules 1 and 2, before any lesson on this site, so known everywhere. */
export const priorModules = ['M1', 'M2'] as const;

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const featureSchema = z
  .strictObject({
    /** Stable id, unique in the inventory; the inventory page anchors each feature by it. */
    id: slug,
    kind: z.enum(featureKinds),
    /**
     * What the scanner reports: the keyword (`errdefer`), the builtin with its
     * `@` (`@memset`), a `std.` path, the method name (`reset` for
     * `.reset(...)`), or a construct name (see constructNames). A std path
     * covers every longer path (`std.heap.ArenaAllocator` covers
     * `std.heap.ArenaAllocator.init`), and the longest listed path wins.
     */
    match: z.string().min(1),
    /** "M1" or "M2" for features known before Module 3, else the number of the lesson that introduces it. */
    introduced: z.union([z.enum(priorModules), lessonNumber]),
    /** What it is, in a few words, for the instructor's inventory page. */
    summary: z.string().min(1),
  })
  .refine((f) => f.kind !== 'keyword' || (keywordNames as readonly string[]).includes(f.match), {
    message: "a keyword match is one of Zig's keywords (or true, false, null, undefined)",
    path: ['match'],
  })
  .refine((f) => f.kind !== 'builtin' || /^@[A-Za-z_][A-Za-z0-9_]*$/.test(f.match), {
    message: 'a builtin match is @ and a name, such as @memset',
    path: ['match'],
  })
  .refine((f) => f.kind !== 'std' || /^std(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(f.match), {
    message: 'a std match is a dotted path starting with std.',
    path: ['match'],
  })
  .refine((f) => f.kind !== 'method' || identifier.test(f.match), { message: 'a method match is the bare method name, such as reset', path: ['match'] })
  .refine((f) => f.kind !== 'construct' || (constructNames as readonly string[]).includes(f.match), {
    message: `a construct match is one of: ${constructNames.join(', ')}`,
    path: ['match'],
  });

export const syntaxInventorySchema = z.strictObject({
  features: z
    .array(featureSchema)
    .min(1)
    .superRefine((features, context) => {
      // Two entries for one id or one feature would make "introduced in" ambiguous.
      const ids = new Map<string, number>();
      const matches = new Map<string, number>();
      features.forEach((feature, index) => {
        const id = ids.get(feature.id);
        if (id !== undefined) context.addIssue({ code: 'custom', message: `id "${feature.id}" is already used by feature ${id + 1}`, path: [index, 'id'] });
        else ids.set(feature.id, index);
        const key = `${feature.kind} ${feature.match}`;
        const match = matches.get(key);
        if (match !== undefined)
          context.addIssue({
            code: 'custom',
            message: `${feature.kind} "${feature.match}" is already listed as "${features[match]!.id}"`,
            path: [index, 'match'],
          });
        else matches.set(key, index);
      });
    }),
});

export type Feature = z.infer<typeof featureSchema>;
export type SyntaxInventory = z.infer<typeof syntaxInventorySchema>;

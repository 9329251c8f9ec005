/**
 * content/syntax/inventory.yaml: every Zig feature a learner meets, and where
 * it is introduced. Instructors read it to know what a student has seen; the
 * verifier checks that no lesson uses a feature before it is introduced.
 */
import { z } from 'zod';
import { lessonNumber, slug } from './fields.ts';

export const featureKinds = ['keyword', 'builtin', 'std', 'method', 'construct'] as const;

/** Syntactic constructs the scanner recognises (besides keywords, builtins, std paths and methods). */
export const constructNames = [
  'pointer-type', // *T
  'const-pointer-type', // *const T
  'many-pointer-type', // [*]T
  'slice-type', // []T
  'sentinel-slice-type', // [:0]T
  'array-type', // [N]T
  'optional-type', // ?T
  'error-union-type', // E!T or !T
  'address-of', // &x
  'dereference', // p.*
  'slicing', // x[a..b]
  'labelled-block', // blk: { ... break :blk v; }
  'anonymous-struct-literal', // .{ .a = 1 }
  'decl-literal', // .init, .empty
  'multi-object-for', // for (a, b) |x, y|
  'error-capture', // catch |err|
  'payload-capture', // if (x) |v|, while (it.next()) |v|
] as const;

export const featureSchema = z
  .strictObject({
    /** Stable id. */
    id: slug,
    kind: z.enum(featureKinds),
    /**
     * What the scanner looks for: the keyword (`errdefer`), the builtin with its
     * `@` (`@memset`), a `std.` path (a use of any longer path counts, so
     * `std.heap.ArenaAllocator` covers `std.heap.ArenaAllocator.init`), the
     * method name (`reset` for `.reset(...)`), or a construct name.
     */
    match: z.string().min(1),
    /** "M1" or "M2" for features known before Module 3, else the lesson number. */
    introduced: z.union([z.enum(['M1', 'M2']), lessonNumber]),
    /** What it is, in a few words, for the instructor's inventory page. */
    summary: z.string().min(1),
  })
  .refine((f) => f.kind !== 'builtin' || f.match.startsWith('@'), { message: 'a builtin match starts with @', path: ['match'] })
  .refine((f) => f.kind !== 'std' || /^std(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(f.match), { message: 'a std match is a dotted path starting with std.', path: ['match'] })
  .refine((f) => f.kind !== 'construct' || (constructNames as readonly string[]).includes(f.match), {
    message: `a construct match is one of: ${constructNames.join(', ')}`,
    path: ['match'],
  });

export const syntaxInventorySchema = z.strictObject({
  features: z.array(featureSchema).min(1),
});

export type Feature = z.infer<typeof featureSchema>;
export type SyntaxInventory = z.infer<typeof syntaxInventorySchema>;

/**
 * Which inventory feature a scanned use is: keywords, builtins and constructs
 * by name, std paths by their longest listed prefix, methods only when the
 * inventory lists them. Pure; shared by the check and the instructor pages.
 */
import type { Feature } from '../../src/schemas/syntax-inventory.ts';
import type { Use } from './scan-output.ts';

export interface FeatureIndex {
  features: Feature[];
  /** `${kind} ${match}` → feature, for every kind but std. */
  exact: Map<string, Feature>;
  /** std features, longest match first, so the most specific one wins. */
  std: Feature[];
}

/** What a use is, for the check. */
export type UseMatch =
  | { status: 'listed'; feature: Feature }
  /** A keyword, builtin, std path or construct the inventory does not list: never introduced. */
  | { status: 'unlisted' }
  /** A method the inventory does not list: a user's own method, not a Zig feature. */
  | { status: 'untracked' };

export function indexFeatures(features: Feature[]): FeatureIndex {
  const exact = new Map<string, Feature>();
  for (const feature of features) if (feature.kind !== 'std') exact.set(`${feature.kind} ${feature.match}`, feature);
  const std = features.filter((f) => f.kind === 'std').sort((a, b) => b.match.length - a.match.length);
  return { features, exact, std };
}

/** True when `prefix` is `path` or a whole-segment prefix of it (`std.mem` of `std.mem.eql`, not of `std.memx`). */
export function isPathPrefix(prefix: string, path: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`);
}

export function matchUse(index: FeatureIndex, use: Pick<Use, 'kind' | 'name'>): UseMatch {
  if (use.kind === 'std') {
    const feature = index.std.find((f) => isPathPrefix(f.match, use.name));
    return feature ? { status: 'listed', feature } : { status: 'unlisted' };
  }
  const feature = index.exact.get(`${use.kind} ${use.name}`);
  if (feature) return { status: 'listed', feature };
  return use.kind === 'method' ? { status: 'untracked' } : { status: 'unlisted' };
}

const CONSTRUCT_EXAMPLES: Record<string, string> = {
  'pointer-type': '*T',
  'const-pointer-type': '*const T',
  'many-pointer-type': '[*]T',
  'c-pointer-type': '[*c]T',
  'slice-type': '[]T',
  'sentinel-slice-type': '[:0]T',
  'array-type': '[N]T',
  'optional-type': '?T',
  'error-union-type': 'E!T',
  'address-of': '&x',
  dereference: 'p.*',
  'optional-unwrap': 'x.?',
  slicing: 'x[a..b]',
  'labelled-block': 'blk: { … break :blk v; }',
  'labelled-loop': 'outer: for (…)',
  'anonymous-struct-literal': '.{ … }',
  'struct-literal': 'T{ .x = … }',
  'array-literal': '[_]T{ … }',
  'enum-literal': '.name',
  'decl-literal': '.init(…)',
  'multi-object-for': 'for (a, b) |x, y|',
  'for-range': 'for (0..n)',
  'payload-capture': '|v|',
  'pointer-capture': '|*v|',
  'error-capture': 'catch |err|',
  destructuring: 'const a, const b = …',
  'multiline-string': '\\\\…',
  'switch-range': 'a...b =>',
  'wrapping-arithmetic': '+%',
  'saturating-arithmetic': '+|',
  'error-set-merge': 'A || B',
};

/** How messages and pages name a use: `errdefer`, `@memset`, `std.heap.ArenaAllocator`, `.reset()`, `labelled-block (blk: { … })`. */
export function describeUse(use: Pick<Use, 'kind' | 'name'>): string {
  switch (use.kind) {
    case 'method':
      return `.${use.name}()`;
    case 'construct': {
      const example = CONSTRUCT_EXAMPLES[use.name];
      return example ? `${use.name} (${example})` : use.name;
    }
    default:
      return use.name;
  }
}

/** How a feature is written on pages: the code a learner would type. */
export function featureCode(feature: Pick<Feature, 'kind' | 'match'>): string {
  if (feature.kind === 'method') return `.${feature.match}(…)`;
  if (feature.kind === 'construct') return CONSTRUCT_EXAMPLES[feature.match] ?? feature.match;
  return feature.match;
}

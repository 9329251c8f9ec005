/**
 * What a cold run spent its time on, from the verifier's ZV_TRACE lines
 * (scripts/verify/run/run-units.ts): how many Zig compiles of each kind it
 * started and how long they took. Pure, so it is tested on recorded lines.
 */
export interface KindProfile {
  kind: string;
  count: number;
  totalMs: number;
  maxMs: number;
}

const LINE =
  /^trace: (?:(test|run|obj) batch of (\d+) \(\d+ handed back\)|solo (\S+) \S+|ast-check of \d+ blocks \(\d+ concluded\)|(session) of \d+ \(\d+ handed back\)) (\d+)ms$/;

export function profileOf(trace: string[]): KindProfile[] {
  const kinds = new Map<string, KindProfile>();
  for (const line of trace) {
    const m = LINE.exec(line);
    if (!m) continue;
    const kind = m[1] ? `${m[1]} batch` : m[3] ? `solo ${m[3]}` : m[4] ? 'error session (--listen)' : 'ast-check (all blocks)';
    const ms = Number(m[5]);
    const entry = kinds.get(kind) ?? { kind, count: 0, totalMs: 0, maxMs: 0 };
    entry.count++;
    entry.totalMs += ms;
    entry.maxMs = Math.max(entry.maxMs, ms);
    kinds.set(kind, entry);
  }
  return [...kinds.values()].sort((a, b) => b.totalMs - a.totalMs);
}

/** One line: `test batch ×2 (38.1 s, longest 19.5 s) · solo analysis-only ×9 (…)`. */
export function formatProfile(profile: KindProfile[]): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return profile.map((p) => `${p.kind} ×${p.count} (${s(p.totalMs)}${p.count > 1 ? `, longest ${s(p.maxMs)}` : ''})`).join(' · ');
}

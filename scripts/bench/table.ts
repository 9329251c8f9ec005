/** The bench's Markdown table: times, then the cold run's ratio to each other way, all from one run. */
export interface Row {
  name: string;
  blocks: number;
  naiveSequentialMs: number;
  naiveParallelMs: number;
  noBatchMs: number;
  floorMs: number;
  coldMs: number;
  warmMs: number;
  warmZigRuns: number;
  editMs: number;
  editReruns: number;
  peakMb: number | undefined;
  profile: string;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const x = (ratio: number) => `${ratio.toFixed(1)}×`;

export function table(rows: Row[]): string {
  const head = [
    'corpus',
    'blocks',
    'naive sequential',
    'naive parallel',
    '`--no-batch` cold',
    'floor',
    'cold',
    'warm (Zig runs)',
    'one edit (re-runs)',
    'naive seq. ÷ cold',
    'naive par. ÷ cold',
    '`--no-batch` ÷ cold',
    'cold ÷ floor',
    'peak RSS',
  ];
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [
    line(head),
    line(head.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...rows.map((r) =>
      line([
        r.name,
        r.blocks,
        s(r.naiveSequentialMs),
        s(r.naiveParallelMs),
        s(r.noBatchMs),
        s(r.floorMs),
        s(r.coldMs),
        `${s(r.warmMs)} (${r.warmZigRuns})`,
        `${s(r.editMs)} (${r.editReruns})`,
        x(r.naiveSequentialMs / r.coldMs),
        x(r.naiveParallelMs / r.coldMs),
        x(r.noBatchMs / r.coldMs),
        x(r.coldMs / r.floorMs),
        r.peakMb === undefined ? 'n/a' : `${r.peakMb.toFixed(0)} MB`,
      ]),
    ),
  ].join('\n');
}

/** Where each cold run's time went (the ZV_TRACE profile), one line per corpus. */
export function profiles(rows: Row[]): string {
  return rows.map((r) => `- ${r.name}: ${r.profile}`).join('\n');
}

/**
 * Traced diagrams, without Zig: the side channel's parsing, the fence word,
 * the cache key, and the SVG renderer (a pure function: events → SVG),
 * snapshotted for the traces the fixture course's real runs recorded
 * (tests/fixtures/traced; the traces are copied in fixtures/traces.json).
 */
import { toHtml } from 'hast-util-to-html';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../scripts/verify/errors.ts';
import { parseFenceMeta } from '../../scripts/verify/extract/fence-meta.ts';
import type { VerifyUnit } from '../../scripts/verify/extract/unit.ts';
import { cacheKey } from '../../scripts/verify/record/cache-key.ts';
import { parseTrace, splitTraceLines, TRACE_MARKER, traceSupportSource, type Trace } from '../../scripts/verify/trace/trace-events.ts';
import { missingTraceMessage, withTraceSupport } from '../../scripts/verify/trace/trace-unit.ts';
import { displayLineMapper, renderTraceDiagram, traceModel } from '../../src/lib/trace-diagram.ts';

const traces = JSON.parse(readFileSync(new URL('./fixtures/traces.json', import.meta.url), 'utf8')) as Record<string, Trace>;

describe('the side channel', () => {
  it('takes every marker line out of the output, even after a test name without a newline', () => {
    const raw = `1/1 leak.test.x...${TRACE_MARKER} allocator testing kind=backing\n${TRACE_MARKER} alloc testing id=1 size=16 align=1 file=leak.zig line=7\nOK\nAll 1 tests passed.\n`;
    const { output, lines } = splitTraceLines(raw);
    expect(output).toBe('1/1 leak.test.x...OK\nAll 1 tests passed.\n');
    expect(output).not.toContain(TRACE_MARKER);
    expect(lines).toEqual(['allocator testing kind=backing', 'alloc testing id=1 size=16 align=1 file=leak.zig line=7']);
  });

  it('parses events, decodes names, and keeps a line only when the call was in the block itself', () => {
    const trace = parseTrace(
      [
        'allocator my%20arena kind=arena',
        'allocator buffer kind=fixed capacity=64',
        'alloc my%20arena id=1 size=16 align=8 file=main.zig line=9',
        'alloc buffer id=2 size=8 align=1 used=8 file=array_list.zig line=1200',
        'reset my%20arena file=main.zig line=12',
        'nonsense',
        'alloc buffer id=x size=-1',
      ],
      'main.zig',
    );
    expect(trace.allocators).toEqual([
      { name: 'my arena', kind: 'arena' },
      { name: 'buffer', kind: 'fixed', capacity: 64 },
    ]);
    expect(trace.events).toEqual([
      { op: 'alloc', allocator: 'my arena', id: 1, size: 16, align: 8, line: 9 },
      { op: 'alloc', allocator: 'buffer', id: 2, size: 8, align: 1, used: 8 },
      { op: 'reset', allocator: 'my arena', line: 12 },
      { op: 'alloc', allocator: 'buffer' },
    ]);
  });
});

describe('the fence word', () => {
  const at = (meta: string) => ({ file: 'content/lessons/x.mdx', line: 3, column: 8, sourceLine: '```zig ' + meta });
  const errorOf = (meta: string) => {
    try {
      parseFenceMeta(meta, at(meta));
    } catch (error) {
      if (error instanceof ContentError) return error.message;
    }
    throw new Error(`expected ${meta} to be rejected`);
  };
  it('reads trace with test or run, and diagram="…" as its title', () => {
    expect(parseFenceMeta('test trace', at('test trace'))).toEqual({ mode: 'test', expect: { kind: 'pass' }, trace: true });
    expect(parseFenceMeta('run leak trace diagram="A leak"', at(''))).toMatchObject({ mode: 'run', expect: { kind: 'leak' }, trace: true, diagram: 'A leak' });
  });
  it('refuses a trace that cannot run, and a diagram without trace', () => {
    expect(errorOf('build trace')).toContain('"trace" needs the block to run');
    expect(errorOf('trace compile-error="x"')).toContain('"trace" cannot be combined with "compile-error"');
    expect(errorOf('trace skip="later"')).toContain('"trace" cannot be combined with "skip"');
    expect(errorOf('diagram="x"')).toContain('"diagram" titles the picture of a trace block');
    expect(errorOf('trcae')).toContain('did you mean "trace"');
  });
});

describe('a traced unit', () => {
  const unit: VerifyUnit = {
    id: 'x',
    kind: 'fence',
    sourceFile: 'content/lessons/x.mdx',
    location: { file: 'content/lessons/x.mdx', line: 3, column: 1 },
    mode: 'test',
    expect: { kind: 'pass' },
    files: { 'leak.zig': 'test "x" {}\n' },
    main: 'leak.zig',
    origins: { 'leak.zig': { file: 'content/lessons/x.mdx', firstLine: 4, column: 1 } },
    instructorOnly: false,
    inHint: false,
  };
  it('gets the support file beside it, so the support file is part of its cache key', () => {
    const traced = withTraceSupport(unit, 'A title');
    expect(traced.files['trace.zig']).toBe(traceSupportSource());
    expect(traced.diagram).toBe('A title');
    const key = cacheKey(traced, '0.17.1');
    expect(key).not.toBe(cacheKey(unit, '0.17.1'));
    expect(cacheKey({ ...traced, files: { ...traced.files, 'trace.zig': `${traceSupportSource()}// changed\n` } }, '0.17.1')).not.toBe(key);
    // The diagram's title is presentation: retitling re-runs nothing.
    expect(cacheKey(withTraceSupport(unit, 'Another title'), '0.17.1')).toBe(key);
  });
  it('fails when its run recorded nothing to draw', () => {
    const traced = withTraceSupport(unit);
    expect(missingTraceMessage(traced, { allocators: [], events: [] })).toContain('recorded no allocation events');
    expect(missingTraceMessage(traced, undefined)).toContain('recorded no allocation events');
    expect(missingTraceMessage(traced, traces['traced-leak'])).toBeUndefined();
    expect(missingTraceMessage(unit, undefined)).toBeUndefined();
  });
});

describe('the model', () => {
  it('finds the leak: the allocation nothing ended', () => {
    const model = traceModel(traces['traced-leak']!);
    expect(model.allocations.map((a) => [a.id, a.endKind])).toEqual([
      [1, 'free'],
      [2, 'leak'],
    ]);
  });
  it('ends every live arena allocation at its reset, together', () => {
    const model = traceModel(traces['traced-arena']!);
    const resets = model.markers.filter((m) => m.op === 'reset');
    expect(resets.map((m) => m.ended)).toEqual([2, 2]);
    const first = model.allocations.filter((a) => a.endKind === 'reset' && a.end === resets[0]!.step);
    expect(first).toHaveLength(2);
    // The arena's chunk from the backing allocator survives the resets (.retain_capacity) and is freed by deinit.
    const chunk = model.allocations.find((a) => a.allocator === 'testing')!;
    expect(chunk.endKind).toBe('free');
    expect(chunk.end).toBeGreaterThan(resets[1]!.step);
  });
  it('draws a fixed buffer as a fill level, and a refused request', () => {
    const model = traceModel(traces['traced-program']!);
    expect(model.fill).toEqual([
      {
        allocator: 'buffer',
        capacity: 64,
        points: [
          { step: 0, used: 0 },
          { step: 1, used: 24 },
          { step: 2, used: 48 },
          { step: 3, used: 48 },
          { step: 4, used: 0 },
        ],
      },
    ]);
    expect(model.refusals).toEqual([{ step: 3, allocator: 'buffer', size: 24, line: 16 }]);
  });
  it('keeps a growing ArrayList as one bar with its sizes (remap events from a real run)', () => {
    const trace = parseTrace(
      [
        'allocator testing kind=backing',
        'alloc testing id=1 size=132 align=4 file=grow.zig line=9',
        'remap testing id=1 size=332 old=132 file=grow.zig line=9',
        'remap testing id=1 size=632 old=332 file=grow.zig line=9',
        'free testing id=1 size=632 file=grow.zig line=8',
      ],
      'grow.zig',
    );
    const model = traceModel(trace);
    expect(model.allocations).toHaveLength(1);
    expect(model.allocations[0]!.sizes.map((s) => s.size)).toEqual([132, 332, 632]);
    const html = toHtml(renderTraceDiagram({ id: 'grow', title: 'grows', command: 'zig test grow.zig', zigVersion: '0.17.1', trace }));
    expect(html).toContain('#1  132 B → 332 B → 632 B  · line 9');
    expect(html.match(/class="trace-diagram__resize"/g)).toHaveLength(4); // two remaps, in each of the two layouts
  });

  it('counts hidden lines as the shown line above them', () => {
    const map = displayLineMapper([1, 2, 5, 6]);
    expect([1, 2, 3, 4, 5, 6, 7].map((line) => map!(line))).toEqual([1, 2, 2, 2, 3, 4, 4]);
  });
});

describe('the SVG', () => {
  const render = (id: string, title: string, command: string) => toHtml(renderTraceDiagram({ id, title, command, zigVersion: '0.17.1', trace: traces[id]! }));

  it.each([
    ['traced-leak', 'A test that forgets one free', 'zig test leak.zig'],
    ['traced-arena', 'Two requests through one arena', 'zig test arena.zig'],
    ['traced-program', 'A 64-byte buffer', 'zig run program.zig'],
  ])('%s matches its snapshot', async (id, title, command) => {
    await expect(render(id, title, command)).toMatchFileSnapshot(`__snapshots__/trace-${id}.html`);
  });

  it('is an accessible image with a title, a description and a text alternative, and no inline style', () => {
    const html = render('traced-leak', 'A test that forgets one free', 'zig test leak.zig');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="trace-diagram__svg trace-diagram__svg--wide"');
    expect(html).toContain('role="img" aria-labelledby="trace-traced-leak-title trace-traced-leak-desc" data-diagram="trace"');
    // The phone layout of the same picture, with ids of its own (CSS shows one of the two).
    expect(html).toContain('class="trace-diagram__svg trace-diagram__svg--compact"');
    expect(html).toContain('aria-labelledby="trace-traced-leak-compact-title trace-traced-leak-compact-desc"');
    expect(html).toContain('<title id="trace-traced-leak-title">A test that forgets one free</title>');
    expect(html).toContain('1 leaked: #2, 16 B');
    expect(html).toContain('<table class="trace-table"');
    expect(html).toContain('never freed: leaked');
    expect(html).toContain('Drawn from the verified run of <code>zig test leak.zig</code> with Zig 0.17.1');
    expect(html).not.toMatch(/style=/);
  });

  it('draws a leak in words too, not colour alone', () => {
    const html = render('traced-leak', 't', 'zig test leak.zig');
    expect(html).toContain('trace-diagram__bar--leak');
    expect(html).toContain('>LEAKED</text>');
    expect(render('traced-arena', 't', 'zig test arena.zig')).not.toContain('LEAKED');
  });

  it('changes when the events change', () => {
    const trace = structuredClone(traces['traced-leak']!);
    trace.events[1]!.size = 24;
    const changed = toHtml(renderTraceDiagram({ id: 'traced-leak', title: 't', command: 'c', zigVersion: '0.17.1', trace }));
    expect(changed).not.toBe(render('traced-leak', 't', 'c'));
    expect(changed).toContain('24 B');
  });
});

/**
 * `--junit FILE`: the run as JUnit XML, which CI systems show as a test
 * report. One testcase per block (classname = its content file, name = its
 * id, with file and line), failures carrying the located message and the
 * output, skipped blocks as <skipped/>, and each authoring error as a failed
 * testcase of its own (it stops blocks from being verified, so it must not
 * pass silently).
 */
import { formatLocation } from '../errors.ts';
import type { VerifyReport } from '../verify-course.ts';

/** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot hold at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** The whole report as one JUnit <testsuites> document. */
export function toJunitXml(report: VerifyReport): string {
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  let totalMs = 0;
  for (const result of report.results) {
    const { unit, location } = result;
    totalMs += result.durationMs;
    const head = `    <testcase${attributes({ classname: unit.sourceFile, name: unit.id, file: location.file, line: location.line, time: seconds(result.durationMs) })}`;
    if (result.status === 'passed') {
      cases.push(`${head}/>`);
    } else if (result.status === 'skipped') {
      skipped++;
      cases.push(`${head}>\n      <skipped${attributes({ message: `not verified: ${unit.skip ?? ''}` })}/>\n    </testcase>`);
    } else {
      failures++;
      const message = `${formatLocation(location)}: error: [${unit.id}] ${result.message ?? 'failed'}`;
      cases.push(
        `${head}>\n      <failure${attributes({ message, type: 'verify' })}>${escapeXml(result.output ? `${message}\n\n${result.output}` : message)}</failure>\n    </testcase>`,
      );
    }
  }
  for (const error of report.contentErrors) {
    failures++;
    const { file, line, column } = error.location;
    cases.push(
      `    <testcase${attributes({ classname: file, name: `content error at ${line}:${column}`, file, line, time: seconds(0) })}>\n` +
        `      <failure${attributes({ message: `${formatLocation(error.location)}: error: ${error.what}`, type: 'content' })}>${escapeXml(error.message)}</failure>\n    </testcase>`,
    );
  }
  const tests = report.results.length + report.contentErrors.length;
  const suite = attributes({ name: `verify (Zig ${report.zig?.version ?? report.zigVersion})`, tests, failures, errors: 0, skipped, time: seconds(totalMs) });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attributes({ name: 'verify', tests, failures, errors: 0, skipped, time: seconds(totalMs) })}>\n  <testsuite${suite}>\n${cases.join('\n')}${cases.length ? '\n' : ''}  </testsuite>\n</testsuites>\n`;
}

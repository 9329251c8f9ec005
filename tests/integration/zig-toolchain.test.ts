/** A missing or mismatched Zig is one clear message and exit status 2. */
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runVerify } from '../helpers/run-verify.ts';

let course: string;

beforeAll(() => {
  course = copyFixture('course');
});

describe('zig resolution', () => {
  it('names the needed version and how to get it when ZIG is not a zig', async () => {
    const run = await runVerify(course, [], { ZIG: '/nonexistent/zig' });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim()).toBe(
      "verify: error: ZIG=/nonexistent/zig is not a working zig executable. The course needs Zig 0.17.1. Run `npm install` (it installs Zig 0.17.1 into .tools/ from PyPI's ziglang wheel), or set ZIG=/path/to/zig-0.17.1/zig.",
    );
  });

  it('refuses a Zig of another version', async () => {
    const fake = path.join(course, 'fake-zig');
    writeFileSync(fake, '#!/bin/sh\necho 0.16.0\n');
    chmodSync(fake, 0o755);
    const run = await runVerify(course, [], { ZIG: fake });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`ZIG=${fake} is Zig 0.16.0, but the course is pinned to Zig 0.17.1.`);
  });

  it('rejects unknown options with usage and exit 2', async () => {
    const run = await runVerify(course, ['--bogus']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('verify: unknown option --bogus');
    expect(run.stderr).toContain('usage: npm run verify');
  });
});

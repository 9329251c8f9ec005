/**
 * A build whose browser is missing, broken or hangs fails promptly and
 * non-zero, says what failed and how to fix it, writes nothing, and leaves no
 * process behind (in CI a hang would be a 90-minute one).
 */
import { execa } from 'execa';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, projectRoot } from '../helpers/run-verify.ts';
import { isAlive } from '../helpers/processes.ts';

async function buildWith(env: Record<string, string>) {
  const course = copyFixture('course');
  const out = path.join(course, 'dist');
  const started = performance.now();
  const result = await execa(process.execPath, [path.join(projectRoot, 'scripts/build.ts'), '--root', course, '--out', out], {
    env,
    reject: false,
    all: true,
    timeout: 120_000,
  });
  return { result, seconds: (performance.now() - started) / 1000, out, course };
}

describe('a build with a broken browser', () => {
  it('exits 2 within seconds when the browser cannot start, with what failed and the fix', async () => {
    const { result, seconds, out } = await buildWith({ CHROMIUM_PATH: '/bin/false' });
    expect(result.exitCode).toBe(2);
    expect(seconds).toBeLessThan(60);
    expect(result.all).toContain('Chromium (CHROMIUM_PATH: /bin/false) did not start');
    expect(result.all).toContain('npm run build -- --no-pdf');
    expect(existsSync(out)).toBe(false);
  });

  it('gives up on a browser that hangs at start, and leaves no process behind', async () => {
    const course = copyFixture('course');
    const fake = path.join(course, 'hanging-browser.sh');
    const pidFile = path.join(course, 'hanging-browser.pid');
    writeFileSync(fake, `#!/bin/sh\necho $$ > ${pidFile}\nexec sleep 600\n`);
    chmodSync(fake, 0o755);
    const { result, seconds, out } = await buildWith({ CHROMIUM_PATH: fake });
    expect(result.exitCode).toBe(2);
    expect(seconds).toBeLessThan(60);
    expect(result.all).toContain('did not start');
    expect(existsSync(out)).toBe(false);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(isAlive(pid)).toBe(false);
  });

  it('builds on purpose without PDFs with --no-pdf, even with no browser at all', async () => {
    const course = copyFixture('course');
    const out = path.join(course, 'dist');
    const result = await execa(process.execPath, [path.join(projectRoot, 'scripts/build.ts'), '--root', course, '--out', out, '--no-pdf'], {
      env: { CHROMIUM_PATH: '/bin/false' },
      reject: false,
      all: true,
    });
    expect(result.exitCode, result.all).toBe(0);
    expect(existsSync(path.join(out, 'instructor', 'print', 'module-1', 'index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'instructor', 'print', 'module-1.pdf'))).toBe(false);
  });
});

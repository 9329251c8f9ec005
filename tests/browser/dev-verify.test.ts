/**
 * `npm run dev` on a copy of the fixture course, in a real Chromium: saving an
 * edited block re-verifies it with the pinned Zig and the open page shows the
 * new verified output; a block that stops compiling, or a fence with an
 * unknown word, shows its located error in a banner on the block; a prose-only
 * edit runs no Zig. The dev server is Astro's own (`astro dev`), with the
 * project's Node.
 */
import { execa, type ResultPromise } from 'execa';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { copyFixture, projectRoot, runVerify } from '../helpers/run-verify.ts';

const lessonFile = 'content/lessons/1.1-fixture-basics.mdx';
const lessonPath = '/module-1/1.1-fixture-basics/';
const screenshots = path.join(projectRoot, 'test-results', 'screenshots');

let course: string;
let server: ResultPromise;
let serverLog = '';
let url: string;
let browser: Browser;
let page: Page;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls until `check` holds, through the reloads the dev server sends; returns the time it took. */
async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 90_000): Promise<number> {
  const started = Date.now();
  let lastError = '';
  while (Date.now() - started < timeoutMs) {
    try {
      if (await check()) return Date.now() - started;
    } catch (error) {
      // the page is between a reload and its next document
      lastError = String((error as Error & { cause?: unknown }).cause ?? error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what} (last error: ${lastError || 'none'})\n--- dev server ---\n${serverLog}`);
}

const pageText = () => page.locator('main').innerText();
const lesson = () => readFileSync(path.join(course, lessonFile), 'utf8');
/** Writes the lesson with one replacement, and returns where the server log stood before it. */
function editLesson(from: string, to: string): number {
  const text = lesson();
  expect(text).toContain(from);
  const mark = serverLog.length;
  writeFileSync(path.join(course, lessonFile), text.replace(from, to));
  return mark;
}
/** The dev verifier's log line about the lesson written after `mark`. */
const verifyLine = (mark: number) => serverLog.slice(mark).match(/\[verify\] content\/lessons\/1\.1-fixture-basics\.mdx: [^\n]*/)?.[0];

beforeAll(async () => {
  course = copyFixture('course');
  const verified = await runVerify(course);
  expect(verified.exitCode).toBe(0);
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = execa(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    // A clean environment: Vite behaves differently under Vitest's variables (VITEST, NODE_ENV=test).
    extendEnv: false,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', COURSE_ROOT: course, EDITION: 'student', NO_COLOR: '1' },
    reject: false,
    all: true,
  });
  server.all!.on('data', (chunk: Buffer) => {
    serverLog += chunk.toString();
  });
  await waitFor('the dev server', async () => (await fetch(url + lessonPath)).ok);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(url + lessonPath);
  await waitFor('the lesson', async () => (await pageText()).includes('hello, fixture'));
});

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  await server?.catch(() => undefined);
});

describe('the dev server re-verifies on save', () => {
  it('shows the new verified output of an edited block, running only that block', async () => {
    const mark = editLesson('.{"fixture"}', '.{"dev server"}');
    const ms = await waitFor('the new output', async () => (await pageText()).includes('hello, dev server'));
    console.log(`dev re-verify: save → new verified output on the page in ${ms} ms`);
    expect(verifyLine(mark)).toMatch(/: 1 block run, \d+ cached, 0 failed, 0 content errors/);
    expect(await page.locator('[data-unverified]').count()).toBe(0);
    // The record was written, as `npm run verify` would: a build needs no Zig for it now.
    expect(readFileSync(path.join(course, 'snippets/verified/lessons/1.1-fixture-basics.json'), 'utf8')).toContain('hello, dev server');
  });

  it('runs no Zig for a prose-only edit', async () => {
    const mark = editLesson('## A program\n', '## A program, reworded\n');
    await waitFor('the reworded heading', async () => (await pageText()).includes('A program, reworded'));
    await waitFor('the verifier log', () => verifyLine(mark) !== undefined);
    expect(verifyLine(mark)).toMatch(/: 0 blocks run, \d+ cached, 0 failed, 0 content errors/);
    expect(await pageText()).toContain('hello, dev server');
  });

  it('shows a block that no longer compiles with its located error and output in a banner', async () => {
    const line =
      lesson()
        .split('\n')
        .findIndex((l) => l.includes('.{"dev server"}')) + 1;
    const mark = editLesson('.{"dev server"});', '.{"dev server"}) +;');
    const banner = page.locator('[data-unverified] [role="alert"]');
    await waitFor('the banner', async () => (await banner.count()) === 1 && (await banner.isVisible()));
    const text = await banner.innerText();
    expect(text).toContain(`${lessonFile}:${line}:`);
    expect(text).toMatch(/error: \[lessons\/1\.1-fixture-basics#2\] expected the program to run cleanly, but it failed to compile/);
    expect(text).toMatch(/hello\.zig:4:\d+: error:/);
    expect(verifyLine(mark)).toMatch(/: 1 block run, \d+ cached, 1 failed/);
    // The code is still there, under the banner.
    expect(await page.locator('[data-unverified] pre.code').innerText()).toContain('hello, {s}');
    mkdirSync(screenshots, { recursive: true });
    // The save may reload the page twice (Astro's own update, then the verifier's): retry once on a detached element.
    const shot = () => page.locator('[data-unverified]').screenshot({ path: path.join(screenshots, 'dev-unverified-banner.png') });
    await shot().catch(async () => {
      await waitFor('the banner again', async () => (await banner.count()) === 1 && (await banner.isVisible()));
      await shot();
    });
  });

  it('shows an unknown fence word as a located error in the banner', async () => {
    editLesson('.{"dev server"}) +;', '.{"dev server"});');
    await waitFor(
      'the block to pass again',
      async () => (await page.locator('[data-unverified]').count()) === 0 && (await pageText()).includes('hello, dev server'),
    );
    const fenceLine = lesson().split('\n').indexOf('```zig run title="hello.zig"') + 1;
    editLesson('```zig run title="hello.zig"', '```zig rnu title="hello.zig"');
    const banner = page.locator('[data-unverified] [role="alert"]');
    await waitFor('the banner', async () => (await banner.count()) === 1 && (await banner.innerText()).includes('unknown word'));
    expect(await banner.innerText()).toContain(`${lessonFile}:${fenceLine}:8: error: unknown word "rnu" in a zig fence`);
  });
});

/**
 * The one place that finds and starts Chromium, for the PDF renderer and the
 * browser tests alike. Order: `CHROMIUM_PATH` → the Chromium that came with
 * `npm install` (@sparticuz/chromium, unpacked into `.tools/`) → a system
 * Chromium or Chrome on PATH. Nothing is downloaded, ever: the npm package
 * carries the browser itself.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Flags for a root user on a machine with no network and no GPU: no sandbox, no background connections. */
export const CHROMIUM_ARGS = [
  '--headless=shell',
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];

/** How long a launch may take before it counts as failed (Playwright's default is 3 minutes). */
const LAUNCH_TIMEOUT_MS = 20_000;

export interface FoundChromium {
  path: string;
  /** Where it came from, for messages. */
  source: string;
}

/** No usable Chromium: says what was tried and how to fix it. */
export class ChromiumNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      [
        'no Chromium to render the print editions (PDF) with.',
        ...tried.map((line) => `  tried: ${line}`),
        '  fix: run `npm install` (it unpacks the Chromium of @sparticuz/chromium into .tools/),',
        '       or set CHROMIUM_PATH=/path/to/chromium, or build without PDFs: npm run build -- --no-pdf',
      ].join('\n'),
    );
    this.name = 'ChromiumNotFoundError';
  }
}

function npmChromiumVersion(): string | undefined {
  try {
    // The package exports only its code: find its package.json from the entry point (build/index.js).
    const entry = fileURLToPath(import.meta.resolve('@sparticuz/chromium'));
    return (JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** Where `npm install` unpacks the npm Chromium of this version. */
export function npmChromiumDir(version: string): string {
  return path.join(projectRoot, '.tools', `chromium-${version}`);
}

/**
 * Unpacks @sparticuz/chromium into `.tools/chromium-<version>/` (once). The
 * package unpacks into the temporary folder; pointing that at a staging
 * folder renamed into place means a concurrent or interrupted unpack never
 * leaves a half-written browser where another run would start it.
 */
export async function unpackNpmChromium(): Promise<string | undefined> {
  const version = npmChromiumVersion();
  if (!version || process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch)) return undefined;
  const target = npmChromiumDir(version);
  const binary = path.join(target, 'chromium');
  if (existsSync(binary)) return binary;
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    const { default: npmChromium } = await import('@sparticuz/chromium');
    await npmChromium.executablePath();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
  if (!existsSync(binary)) {
    try {
      renameSync(staging, target);
    } catch (error) {
      // Another process finished first: theirs is as good as ours.
      if (!existsSync(binary)) throw error;
    }
  }
  rmSync(staging, { recursive: true, force: true });
  return binary;
}

function onPath(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Finds a Chromium to start, in the documented order; throws ChromiumNotFoundError with what was tried. */
export async function findChromium(): Promise<FoundChromium> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { path: fromEnv, source: 'CHROMIUM_PATH' };
  const tried = ['CHROMIUM_PATH (not set)'];
  try {
    const npm = await unpackNpmChromium();
    if (npm) return { path: npm, source: `@sparticuz/chromium ${npmChromiumVersion()}` };
    tried.push(`@sparticuz/chromium (${npmChromiumVersion() ? `no build for ${process.platform}-${process.arch}` : 'not installed'})`);
  } catch (error) {
    tried.push(`@sparticuz/chromium (could not unpack: ${error instanceof Error ? error.message : String(error)})`);
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = onPath(name);
    if (found) return { path: found, source: `${name} on PATH` };
  }
  tried.push('chromium, chromium-browser, google-chrome on PATH (none found)');
  throw new ChromiumNotFoundError(tried);
}

/**
 * A fontconfig file that shows Chromium only fonts installed by npm: the
 * pages' own web fonts cover the text, and DejaVu (dejavu-fonts-ttf) is the
 * one fallback for symbols they lack. So a page renders, and a PDF embeds, the
 * same glyphs on every machine, whatever fonts the machine has.
 */
function projectFontconfig(): string {
  const dejavu = path.join(projectRoot, 'node_modules', 'dejavu-fonts-ttf', 'ttf');
  const dir = path.join(projectRoot, '.tools', 'fontconfig');
  const file = path.join(dir, 'fonts.conf');
  const conf = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${dejavu}</dir>`,
    `  <cachedir>${path.join(dir, 'cache')}</cachedir>`,
    '  <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>',
    '  <alias><family>serif</family><prefer><family>DejaVu Serif</family></prefer></alias>',
    '  <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>',
    '</fontconfig>',
    '',
  ].join('\n');
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file) || readFileSync(file, 'utf8') !== conf) writeFileSync(file, conf);
  return file;
}

/**
 * Starts the browser process itself, in its own process group, and returns
 * the DevTools address it prints. Playwright's own launch, on a timeout, waits
 * 30 s more before it kills the process and keeps Node alive meanwhile; owning
 * the process lets a failure kill it at once.
 */
function startBrowserProcess(found: FoundChromium): Promise<{ endpoint: string; kill: () => void }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'course-chromium-'));
  const child = spawn(found.path, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, FONTCONFIG_FILE: projectFontconfig() },
  });
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    process.off('exit', kill);
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(profile, { recursive: true, force: true });
  };
  // Whatever happens to this process, the browser goes with it.
  process.on('exit', kill);
  return new Promise((resolve, reject) => {
    let stderr = '';
    const fail = (reason: string) => {
      clearTimeout(timer);
      kill();
      reject(new Error(reason));
    };
    const timer = setTimeout(() => fail(`no DevTools address within ${LAUNCH_TIMEOUT_MS / 1000} s`), LAUNCH_TIMEOUT_MS);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) =>
      fail(`it exited (${signal ?? `code ${code}`}) before it was ready${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`),
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const endpoint = /DevTools listening on (ws:\/\/\S+)/.exec(stderr)?.[1];
      if (!endpoint) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stderr!.removeAllListeners('data');
      child.stderr!.resume(); // keep draining, so a chatty browser never blocks on a full pipe
      child.unref();
      (child.stderr as unknown as { unref?: () => void }).unref?.();
      resolve({ endpoint, kill });
    });
  });
}

/** Starts headless Chromium; a browser that will not start fails within LAUNCH_TIMEOUT_MS, naming where it came from, and leaves no process. */
export async function launchChromium(): Promise<Browser> {
  const found = await findChromium();
  let started: { endpoint: string; kill: () => void } | undefined;
  try {
    started = await startBrowserProcess(found);
    const browser = await chromium.connectOverCDP(started.endpoint, { timeout: LAUNCH_TIMEOUT_MS });
    const { kill } = started;
    const disconnect = browser.close.bind(browser);
    // Closing a CDP connection leaves the browser running: end the process too.
    browser.close = async (options) => {
      try {
        await disconnect(options);
      } finally {
        kill();
      }
    };
    return browser;
  } catch (error) {
    started?.kill();
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new Error(
      `Chromium (${found.source}: ${found.path}) did not start: ${reason}\n` +
        '  fix: unset CHROMIUM_PATH to use the Chromium that `npm install` brings, or point it at a working browser;' +
        ' or build without PDFs: npm run build -- --no-pdf',
      { cause: error },
    );
  }
}

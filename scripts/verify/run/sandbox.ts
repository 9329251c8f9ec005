/**
 * Runs one untrusted command with limits, and collects its combined output.
 *
 * - stdout and stderr share one pipe (`2>&1` before exec), so their
 *   interleaving is exactly what a terminal would show; a pipe rather than a
 *   file also keeps Zig's stdout writer in streaming mode.
 * - The command leads its own process group; a timeout kills the whole group,
 *   and so does normal exit, so nothing the block spawned outlives it.
 * - `ulimit` caps address space and written file size; the verifier keeps at
 *   most `outputCapBytes` of output in memory and drains the rest.
 * - With `isolate`, the command runs in new network and mount namespaces
 *   (unshare, unprivileged): no network but a loopback that is down, and the
 *   given folders (the repository) mounted read-only. Where the host forbids
 *   namespaces, the command runs without them and `isolationProblem` says why.
 */
import { execa, execaSync } from 'execa';

export interface SandboxLimits {
  /** Wall-clock limit; the process group is killed when it passes. */
  timeoutMs: number;
  /** Output kept; the rest is counted and dropped. */
  outputCapBytes: number;
  /** Address-space limit (ulimit -v), or undefined for none. */
  memoryBytes?: number;
  /** Largest file the command may write (ulimit -f). */
  fileSizeBytes?: number;
}

export interface SandboxRequest {
  command: string;
  args: string[];
  cwd: string;
  /** The complete environment: nothing of the verifier's own leaks in. */
  env: Record<string, string>;
  limits: SandboxLimits;
  /** Run without network, with these folders read-only (when the host allows namespaces). */
  isolate?: { readOnly: string[] };
}

export interface SandboxResult {
  exitCode: number | null;
  signal: string | null;
  /** The first `outputCapBytes` bytes of combined stdout and stderr. */
  output: Buffer;
  /** Total bytes the command wrote (kept or not). */
  outputBytes: number;
  truncated: boolean;
  timedOut: boolean;
  durationMs: number;
}

const WRAPPER = [
  // Read-only folders first (inside the new mount namespace; the host is untouched).
  "IFS=$(printf '\\n_'); IFS=${IFS%_}",
  'for dir in $SANDBOX_READ_ONLY; do mount --bind -o ro "$dir" "$dir" && mount -o remount,bind,ro "$dir" || exit 125; done',
  // Limits next (a failing ulimit means the host forbids raising, not lowering: ignore),
  // then replace the shell so the command itself leads the process group.
  'if [ -n "$SANDBOX_ULIMIT_V" ]; then ulimit -v "$SANDBOX_ULIMIT_V" 2>/dev/null; fi',
  'if [ -n "$SANDBOX_ULIMIT_F" ]; then ulimit -f "$SANDBOX_ULIMIT_F" 2>/dev/null; fi',
  'unset SANDBOX_ULIMIT_V SANDBOX_ULIMIT_F SANDBOX_READ_ONLY PWD',
  'exec "$@" 2>&1',
].join('\n');

const UNSHARE = ['unshare', '--net', '--mount', '--map-root-user'];
let isolation: { available: boolean; problem?: string } | undefined;

/** Whether namespaces work here (checked once); undefined when they do, else why not. */
export function isolationProblem(): string | undefined {
  if (!isolation) {
    const probe = execaSync(UNSHARE[0]!, [...UNSHARE.slice(1), '/bin/sh', '-c', 'mount --bind -o ro / / 2>/dev/null; exit 0'], {
      reject: false,
      timeout: 10_000,
    });
    isolation =
      probe.exitCode === 0 ? { available: true } : { available: false, problem: String(probe.stderr || probe.message).split('\n')[0] ?? 'unshare failed' };
  }
  return isolation.available ? undefined : isolation.problem;
}

/** Process groups still running, so an interrupted verifier can take them down with it. */
const activeGroups = new Set<number>();

/** Kills every sandboxed process group still running (for SIGINT/SIGTERM handlers). */
export function killAllSandboxes(): void {
  for (const pid of activeGroups) killGroup(pid);
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Runs the command to completion (or timeout) and reports what happened. */
export async function runSandboxed(request: SandboxRequest): Promise<SandboxResult> {
  const { limits } = request;
  const env: Record<string, string> = { ...request.env };
  if (limits.memoryBytes) env.SANDBOX_ULIMIT_V = String(Math.ceil(limits.memoryBytes / 1024));
  if (limits.fileSizeBytes) env.SANDBOX_ULIMIT_F = String(Math.ceil(limits.fileSizeBytes / 512));

  const isolated = request.isolate !== undefined && isolationProblem() === undefined;
  if (isolated) env.SANDBOX_READ_ONLY = request.isolate!.readOnly.join('\n');
  const shell = ['/bin/sh', '-c', WRAPPER, 'sandbox', request.command, ...request.args];
  const [file, ...fileArgs] = isolated ? [...UNSHARE, ...shell] : shell;

  const started = performance.now();
  const child = execa(file!, fileArgs, {
    cwd: request.cwd,
    env,
    extendEnv: false,
    detached: true,
    stdin: 'ignore',
    stdout: 'pipe',
    stderr: 'pipe',
    buffer: false,
    reject: false,
    cleanup: true,
  });

  if (child.pid) activeGroups.add(child.pid);
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let outputBytes = 0;
  const collect = (chunk: Buffer) => {
    outputBytes += chunk.length;
    if (keptBytes < limits.outputCapBytes) {
      const slice = chunk.subarray(0, limits.outputCapBytes - keptBytes);
      kept.push(slice);
      keptBytes += slice.length;
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, limits.timeoutMs);

  // When the leader exits, kill the group at once: a forked child holding the pipe
  // open must not keep the run (or the pipe) alive.
  child.on('exit', () => killGroup(child.pid));
  const result = await child;
  clearTimeout(timer);
  killGroup(child.pid);
  if (child.pid) activeGroups.delete(child.pid);

  return {
    exitCode: typeof result.exitCode === 'number' ? result.exitCode : null,
    signal: result.signal ?? null,
    output: Buffer.concat(kept),
    outputBytes,
    truncated: outputBytes > keptBytes,
    timedOut,
    durationMs: Math.round(performance.now() - started),
  };
}

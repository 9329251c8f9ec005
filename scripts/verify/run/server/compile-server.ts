/**
 * One long-lived compiler process (`zig test --listen=-`, the protocol the
 * build system speaks: std/zig/Client.zig and Server.zig) that analyses block
 * after block as updates of the same root file, with `-fincremental`, so the
 * standard library is analysed once instead of once per block. Used only for
 * blocks expected not to compile (error-session.ts), whose whole result is the
 * compiler's error bundle.
 *
 * Messages both ways are a little-endian header {tag: u32, bytes_len: u32}
 * and a body. The client sends `update` (tag 1) and `exit` (tag 0); the
 * server answers an update with `error_bundle` (tag 1) when it failed, or
 * `emit_digest` (tag 2) when it succeeded, after other messages we skip.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

const CLIENT = { exit: 0, update: 1 } as const;
const SERVER = { errorBundle: 1, emitDigest: 2 } as const;

export type UpdateResult = { kind: 'errors'; bundle: Buffer } | { kind: 'compiled' } | { kind: 'gone'; why: string };

export class CompileServer {
  private child: ChildProcessWithoutNullStreams;
  private pending = Buffer.alloc(0);
  private messages: { tag: number; body: Buffer }[] = [];
  private wake: (() => void) | undefined;
  private gone: string | undefined;

  constructor(command: string, args: string[], cwd: string, env: Record<string, string>) {
    this.child = spawn(command, [...args, '--listen=-'], { cwd, env, stdio: 'pipe' });
    this.child.stderr.resume();
    this.child.stdin.on('error', () => {});
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.pending = Buffer.concat([this.pending, chunk]);
      while (this.pending.length >= 8) {
        const length = this.pending.readUInt32LE(4);
        if (this.pending.length < 8 + length) break;
        this.messages.push({ tag: this.pending.readUInt32LE(0), body: Buffer.from(this.pending.subarray(8, 8 + length)) });
        this.pending = this.pending.subarray(8 + length);
      }
      this.wake?.();
    });
    this.child.on('exit', (code, signal) => {
      this.gone = `the compiler server exited (${signal ?? `code ${code}`})`;
      this.wake?.();
    });
    this.child.on('error', (error) => {
      this.gone = `the compiler server did not start: ${error.message}`;
      this.wake?.();
    });
  }

  private async next(deadline: number): Promise<{ tag: number; body: Buffer } | string> {
    for (;;) {
      const message = this.messages.shift();
      if (message) return message;
      if (this.gone) return this.gone;
      const left = deadline - Date.now();
      if (left <= 0) return 'the compiler server did not answer in time';
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  private send(tag: number): void {
    const header = Buffer.alloc(8);
    header.writeUInt32LE(tag, 0);
    this.child.stdin.write(header);
  }

  /** Asks for an update of the files as they are on disk now; the server's verdict on them. */
  async update(timeoutMs: number): Promise<UpdateResult> {
    if (this.gone) return { kind: 'gone', why: this.gone };
    const deadline = Date.now() + timeoutMs;
    this.send(CLIENT.update);
    for (;;) {
      const message = await this.next(deadline);
      if (typeof message === 'string') {
        this.child.kill('SIGKILL');
        return { kind: 'gone', why: message };
      }
      if (message.tag === SERVER.errorBundle) return { kind: 'errors', bundle: message.body };
      if (message.tag === SERVER.emitDigest) return { kind: 'compiled' };
      // zig_version, file_system_inputs, config, …: not needed here.
    }
  }

  close(): void {
    if (!this.gone) {
      this.send(CLIENT.exit);
      this.child.stdin.end();
      const killer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      this.child.once('exit', () => clearTimeout(killer));
    }
  }
}

/**
 * The date a printed edition states: the date of the course's last commit,
 * never the clock, so rebuilding the same commit gives the same document.
 * SOURCE_DATE_EPOCH (the reproducible-builds convention) overrides it.
 */
import { execFileSync } from 'node:child_process';

export function buildDate(courseRoot: string): string | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs'], { cwd: courseRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  } catch {
    return undefined;
  }
}

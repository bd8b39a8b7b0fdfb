/**
 * Peak resident memory of a process and all its descendants (native `tesseract` workers are child
 * processes, which the child's own maxRSS does not include), sampled from /proc every `intervalMs`.
 */
import { readFileSync, readdirSync } from 'node:fs';

function children(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const c = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (c) out.push(...c.split(/\s+/).map(Number));
    }
  } catch {
    // process ended between listing and reading
  }
  return out;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function treeRssKb(root: number): number {
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rssKb(pid);
    stack.push(...children(pid));
  }
  return total;
}

/** Starts sampling; `stop()` returns the peak in MiB (0 where /proc is unavailable). */
export function sampleTreeRss(root: number, intervalMs = 100): { stop(): number } {
  let peak = 0;
  const tick = (): void => {
    peak = Math.max(peak, treeRssKb(root));
  };
  const timer = setInterval(tick, intervalMs);
  tick();
  return {
    stop: () => {
      clearInterval(timer);
      tick();
      return peak / 1024;
    },
  };
}

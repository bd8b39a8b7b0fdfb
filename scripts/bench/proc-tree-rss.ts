import fs from 'node:fs/promises';

async function children(pid: number): Promise<number[]> {
  const tasks = await fs.readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const out: number[] = [];
  for (const t of tasks) {
    const text = await fs.readFile(`/proc/${pid}/task/${t}/children`, 'utf8').catch(() => '');
    out.push(...text.trim().split(/\s+/).filter(Boolean).map(Number));
  }
  return out;
}

async function rssKb(pid: number): Promise<number> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const m = /VmRSS:\s+(\d+)/.exec(status);
  return m ? Number(m[1]) : 0;
}

/** RSS of a process and all its descendants (a worker and its sandboxed job processes), in MB. */
export async function treeRssMb(pid: number): Promise<number> {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop() as number;
    total += await rssKb(p);
    stack.push(...(await children(p)));
  }
  return total / 1024;
}

/** Samples the peak tree RSS of each pid every `ms` until stopped. */
export function sampleRss(pids: number[], ms = 200): { stop: () => Promise<number[]> } {
  const peaks = pids.map(() => 0);
  let running = true;
  const loop = (async () => {
    while (running) {
      for (let i = 0; i < pids.length; i++) peaks[i] = Math.max(peaks[i] ?? 0, await treeRssMb(pids[i] as number));
      await new Promise((r) => setTimeout(r, ms));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peaks;
    },
  };
}

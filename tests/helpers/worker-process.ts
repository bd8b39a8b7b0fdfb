import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../../bin/vanban.js');

/** A `vanban` CLI process with the given environment; output kept for failure messages. */
export function spawnVanban(args: string[], env: Record<string, string>): ChildProcess & { output: () => string } {
  const proc = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return Object.assign(proc, { output: () => out });
}

/** Starts `vanban worker` and resolves once it says it is ready. */
export async function startWorker(env: Record<string, string>, extraArgs: string[] = []): Promise<ChildProcess & { output: () => string }> {
  const proc = spawnVanban(['worker', ...extraArgs], env);
  const started = Date.now();
  while (!/ready/.test(proc.output())) {
    if (proc.exitCode !== null) throw new Error(`worker exited: ${proc.output()}`);
    if (Date.now() - started > 60_000) throw new Error(`worker not ready: ${proc.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return proc;
}

export async function stopProcess(proc: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (proc.exitCode !== null || proc.signalCode !== null) return proc.exitCode;
  proc.kill(signal);
  const [code] = (await once(proc, 'exit')) as [number | null];
  return code;
}

/** Ids of this process's children (the sandboxed job processes of a worker). */
export async function childPids(pid: number): Promise<number[]> {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return text.trim().split(/\s+/).filter(Boolean).map(Number);
}

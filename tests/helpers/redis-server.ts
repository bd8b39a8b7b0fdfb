import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { freePort, tempDir } from './services.ts';

/**
 * A private `redis-server` on a free port (AOF on, noeviction), so a test may stop and restart it without
 * touching the machine's Redis. Needs the Debian package redis-server.
 */
export class PrivateRedis {
  private proc: ChildProcess | undefined;
  private constructor(
    readonly port: number,
    readonly dir: string,
  ) {}

  static async start(): Promise<PrivateRedis> {
    const r = new PrivateRedis(await freePort(), await tempDir('vanban-redis-'));
    await r.up();
    return r;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async up(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--maxmemory-policy', 'noeviction'];
    const proc = spawn('redis-server', args, { stdio: 'ignore' });
    proc.on('error', (e) => {
      throw new Error(`redis-server could not start (apt-get install redis-server): ${e.message}`);
    });
    this.proc = proc;
    const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    for (let i = 0; i < 100; i++) {
      try {
        await client.connect();
        await client.ping();
        client.disconnect();
        return;
      } catch {
        client.disconnect();
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`redis-server did not start on port ${this.port}`);
  }

  /** SIGTERM: Redis flushes the AOF and exits, as in a normal restart. */
  async down(): Promise<void> {
    const p = this.proc;
    this.proc = undefined;
    if (!p || p.exitCode !== null) return;
    p.kill('SIGTERM');
    await once(p, 'exit');
  }
}

import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnConsole } from '../src/server/spawn-console';

export interface ConsoleProcess {
  url: string;
  ownerKey: string;
  dataDir: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the real console (embedded mode) as a child process on a free port over a fresh DATA_DIR. */
export async function startConsoleProcess(
  extraEnv: Record<string, string> = {},
): Promise<ConsoleProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'iam-console-'));
  const ownerKey = `OWNER${randomBytes(18).toString('hex').toUpperCase()}`;
  const { url, child } = await spawnConsole({ dataDir, ownerKey, env: extraEnv });
  return {
    url,
    ownerKey,
    dataDir,
    child,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// `npm start`: builds the SPA when its sources are newer than the build, then starts the server.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { ConfigError, loadConfig } from '../src/server/config';
import { start, WEB_ROOT } from '../src/server/main';

const ROOT = join(import.meta.dirname, '..');
const SOURCES = ['src/web', 'src/shared', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const builtAt = existsSync(join(WEB_ROOT, 'index.html'))
  ? statSync(join(WEB_ROOT, 'index.html')).mtimeMs
  : 0;
const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));

try {
  const config = loadConfig(process.env);
  if (builtAt < sourcesAt) {
    process.stdout.write('Building the console web app…\n');
    await build({ root: ROOT, logLevel: 'warn' });
  }
  await start(config);
} catch (error) {
  const message =
    error instanceof ConfigError ? `configuration: ${error.message}` : (error as Error).message;
  process.stderr.write(`console failed to start: ${message}\n`);
  process.exit(1);
}

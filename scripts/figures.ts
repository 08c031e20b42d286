// `npm run figures`: the two structural figures of the codebase, quickly (no browser, no load):
// - the gzipped JavaScript index.html loads before anything runs (the first page's share of the
//   bundle; `npm run bench` also times the Roles tab), after a fresh `vite build`
//   (FIGURES_NO_BUILD=1 measures the build already in dist/web);
// - the pairs of repeated code `duplicates` finds in src/, and how many span two web features,
//   where that tool is installed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { gzippedBytes, initialScripts, INITIAL_LIMIT_KB, kb } from '../bench/bundle';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (process.env.FIGURES_NO_BUILD !== '1') await build({ root: ROOT, logLevel: 'warn' });
const initial = initialScripts(readFileSync(join(ROOT, 'dist', 'web', 'index.html'), 'utf8'));
const bytes = initial.reduce((sum, path) => sum + gzippedBytes(path), 0);
process.stdout.write(
  `Initial JS for /organization/roles: ${kb(bytes)} gzipped (limit ${INITIAL_LIMIT_KB} KB), ${initial.length} files\n`,
);

const found = spawnSync('duplicates', ['--repo', 'src', '--most', '200', '--seconds', '120'], {
  cwd: ROOT,
  encoding: 'utf8',
});
if (found.error || found.status !== 0) {
  process.stdout.write('Repeated code: the `duplicates` tool is not installed here\n');
} else {
  const lines = found.stdout.split('\n');
  // "D12 web/features/a/x.tsx:1-6 ~ web/features/b/y.tsx:3-8 shape": one row per pair.
  const feature = (place: string) => /^web\/features\/([^/]+)\//.exec(place)?.[1];
  const spanning = lines.filter((line) => {
    const m = /^D\d+ (\S+) ~ (\S+)/.exec(line);
    const [a, b] = [m && feature(m[1]!), m && feature(m[2]!)];
    return a && b && a !== b;
  });
  process.stdout.write(`Repeated code in src/: ${lines[0]}\n`);
  process.stdout.write(`  pairs spanning two web features: ${spanning.length}\n`);
  for (const line of spanning) process.stdout.write(`    ${line}\n`);
}

// `npm run test:e2e:live`: the e2e suite against a console in LIVE mode whose upstream is a second
// console's emulator made to look like Vultr's documented contract and no more: live console →
// recording proxy → contract filter → emulator. The filter keeps only the reply fields Vultr's
// sources show, answers 404 for the emulator's own routes and switches each documented variant
// (chosen from a seed: CONTRACT_SEED, else random; printed). Afterwards, checks that the
// server-held key reached the upstream only ever in the Authorization header, and that the filter
// was in the path.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startConsoleProcess } from './console-process';
import { startContractFilter } from './contract-filter';
import { startRecordingProxy } from './recording-proxy';

const upstream = await startConsoleProcess();
const filter = await startContractFilter(upstream.url);
const recorder = await startRecordingProxy(filter.url);
const live = await startConsoleProcess({
  UPSTREAM: recorder.url,
  VULTR_API_KEY: upstream.ownerKey,
});
let status: number;
try {
  process.stdout.write(
    `live console ${live.url} → recording proxy ${recorder.url} → contract filter ${filter.url} (seed ${filter.seed}) → emulator ${upstream.url}\n`,
  );
  // Asynchronously: the recording proxy and the filter live on this process's event loop.
  // Its own output directory: a live run does not clean away the artifacts of an embedded run.
  // Tests of the browser alone behave the same in both modes: the embedded run covers them.
  const args = [
    'playwright',
    'test',
    '--output=test-results/live',
    '--grep-invert=@browser-only',
    ...process.argv.slice(2),
  ];
  const run = spawn('npx', args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      E2E_BASE_URL: live.url,
      E2E_API_URL: upstream.url,
      // The API the live console itself talks to (what its exports point a CLI at).
      E2E_CONSOLE_UPSTREAM: recorder.url,
      E2E_OWNER_KEY: upstream.ownerKey,
      E2E_CONTRACT_MINIMAL: '1',
    },
  });
  status = await new Promise<number>((resolve) => run.on('exit', (code) => resolve(code ?? 1)));

  const key = upstream.ownerKey;
  const withKey = recorder.seen.filter((r) => r.headers.authorization === `Bearer ${key}`);
  const leaks = recorder.seen.filter((r) => {
    const { authorization: _auth, ...rest } = r.headers;
    return (r.url + JSON.stringify(rest) + r.body).includes(key);
  });
  process.stdout.write(
    `the upstream received ${recorder.seen.length} requests from the live console; ${withKey.length} carried the server-held key as Bearer, ${leaks.length} had it anywhere else\n`,
  );
  // The built web app must not contain it either.
  const inBundle = filesUnder(join(import.meta.dirname, '..', 'dist', 'web')).filter((f) =>
    readFileSync(f).includes(key),
  );
  process.stdout.write(`files of dist/web containing the key: ${inBundle.length}\n`);
  const fullSuite = process.argv.length <= 2;
  if ((fullSuite && withKey.length === 0) || leaks.length > 0 || inBundle.length > 0) {
    process.stderr.write(
      'the server-held key must reach the upstream in the Authorization header only\n',
    );
    status = 1;
  }

  process.stdout.write(`${filter.summary()}\n`);
  // A full run that removed no field or refused no emulator route never went through the filter.
  if (fullSuite && (filter.tally.removedTotal === 0 || filter.tally.refusedTotal === 0)) {
    process.stderr.write(
      'the contract filter removed no field or refused no emulator route: it was not in the path\n',
    );
    status = 1;
  }
} finally {
  await live.stop();
  await recorder.stop();
  await filter.stop();
  await upstream.stop();
}
process.exit(status);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

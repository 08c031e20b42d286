// `npm run test:e2e:live`: the e2e suite, unchanged, against a console in LIVE mode whose upstream
// is a second console's emulator, seen through a recording proxy. Afterwards, checks that the
// server-held key reached the upstream only ever in the Authorization header.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startConsoleProcess } from './console-process';
import { startRecordingProxy } from './recording-proxy';

const upstream = await startConsoleProcess();
const recorder = await startRecordingProxy(upstream.url);
const live = await startConsoleProcess({
  UPSTREAM: recorder.url,
  VULTR_API_KEY: upstream.ownerKey,
});
let status: number;
try {
  process.stdout.write(
    `live console ${live.url} → recording proxy ${recorder.url} → emulator ${upstream.url}\n`,
  );
  // Asynchronously: the recording proxy lives on this process's event loop.
  const run = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: {
      ...process.env,
      E2E_BASE_URL: live.url,
      E2E_API_URL: upstream.url,
      E2E_OWNER_KEY: upstream.ownerKey,
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
} finally {
  await live.stop();
  await recorder.stop();
  await upstream.stop();
}
process.exit(status);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

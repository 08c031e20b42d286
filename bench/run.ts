// `npm run bench`: prints latency and throughput figures; asserts nothing.
// BENCH_ONLY=emulator|sts|sessions|permissions|proxy|bundle runs one part (BENCH_SESSIONS sets the size of the
// session history); BENCH_SECONDS sets the length of each load run.
import { benchBundle } from './bundle';
import { benchEmulator } from './emulator';
import { benchPermissions } from './permissions';
import { benchProxy } from './proxy';
import { benchSessions } from './sessions';
import { benchSts } from './sts';

const only = process.env.BENCH_ONLY;
process.stdout.write(
  `Benchmarks on ${process.platform}/${process.arch}, Node ${process.version}\n`,
);
if (!only || only === 'emulator') await benchEmulator();
if (!only || only === 'sts') await benchSts();
if (!only || only === 'sessions') await benchSessions();
if (!only || only === 'permissions') await benchPermissions();
if (!only || only === 'proxy') await benchProxy();
if (!only || only === 'bundle') await benchBundle();

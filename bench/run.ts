// `npm run bench`: prints latency and throughput figures; asserts nothing.
import { benchEmulator } from './emulator';

process.stdout.write(
  `Benchmarks on ${process.platform}/${process.arch}, Node ${process.version}\n`,
);
await benchEmulator();

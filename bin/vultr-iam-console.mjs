#!/usr/bin/env node
// The command-line companion of the console: AWS tools and the Vultr CLI get role credentials
// from it (see `vultr-iam-console --help`). The CLI is TypeScript under src/cli, loaded through
// tsx (a runtime dependency), so it runs from a checkout or a global install without a build.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import(new URL('../src/cli/main.ts', import.meta.url).href);

const outcome = await main(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});

if ('signal' in outcome) {
  // The command was ended by a signal: end the same way, so the caller sees it.
  outcome.release();
  process.exitCode = outcome.status;
  process.kill(process.pid, outcome.signal);
} else {
  process.exitCode = outcome.code;
}

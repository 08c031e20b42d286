import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { STS_V2_PATH } from '../shared/api/contract';
import { buildApp } from './app';
import { systemClock } from './clock';
import { ConfigError, loadConfig } from './config';
import type { ConsoleConfig } from './config';
import { openEmbeddedStore, OWNER_KEY_FILE, seededCallAs } from './emulator/bootstrap';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_ROOT = join(ROOT, 'dist', 'web');

/** Starts the console: the only place that binds a port. */
export async function start(config: ConsoleConfig) {
  const clock = systemClock;
  const store =
    config.mode === 'embedded'
      ? openEmbeddedStore(config.dataDir, clock, config.emulatorApiKey, {
          sessionAuditDays: config.sessionAuditDays,
        })
      : null;

  const app = await buildApp({
    config,
    clock,
    db: store?.db ?? null,
    devIssuerKey: store?.devIssuerKey ?? null,
    callAs: store ? seededCallAs(config.dataDir, store.db) : undefined,
    serverApiKey: store ? store.ownerApiKey : config.vultrApiKey,
    webRoot: existsSync(WEB_ROOT) ? WEB_ROOT : null,
  });
  app.addHook('onClose', async () => store?.db.close());

  await app.listen({ port: config.port, host: config.host });
  const { port } = app.server.address() as AddressInfo;
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${shownHost}:${port}`;

  const lines = [`Vultr IAM console listening on ${url}`];
  if (store) {
    lines.push(
      `mode: embedded (Vultr IAM emulator at ${url}/v2; STS endpoint ${url}${STS_V2_PATH})`,
      `data: ${config.dataDir}${store.seededNow ? ' (new database, demo organization seeded)' : ''}`,
      `owner API key: in ${join(config.dataDir, OWNER_KEY_FILE)}${config.emulatorApiKey ? ' (and EMULATOR_API_KEY)' : ''}`,
    );
  } else {
    lines.push(
      `mode: live (upstream ${config.upstream}; ${config.vultrApiKey ? 'server-held API key from VULTR_API_KEY' : 'no server key: users paste their own'})`,
    );
  }
  if (config.consoleToken) lines.push('console token: required (CONSOLE_TOKEN)');
  process.stdout.write(`${lines.join('\n')}\n`);

  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return app;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await start(loadConfig(process.env));
  } catch (error) {
    const message =
      error instanceof ConfigError ? `configuration: ${error.message}` : (error as Error).message;
    process.stderr.write(`console failed to start: ${message}\n`);
    process.exit(1);
  }
}

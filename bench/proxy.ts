// What the console proxy adds: GET /api/v2/roles (through the proxy, tolerant reader included)
// against GET /v2/roles (the emulator directly), on the same server, over HTTP loopback.
import { startConsoleProcess } from '../scripts/console-process';
import { printLoad, runLoad } from './load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

export async function benchProxy() {
  const server = await startConsoleProcess();
  try {
    const auth = { authorization: `Bearer ${server.ownerKey}`, 'content-type': 'application/json' };
    for (let i = 0; i < 100; i++) {
      await fetch(`${server.url}/v2/roles`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({
          name: `proxy-bench-${i}`,
          description: 'A role for the proxy benchmark',
          role_type: 'assumable',
        }),
      });
    }
    const direct = () => ({
      method: 'GET',
      path: '/v2/roles?per_page=100',
      headers: { authorization: auth.authorization },
      body: '',
    });
    const proxied = () => ({
      method: 'GET',
      path: '/api/v2/roles?per_page=100',
      headers: { 'x-console-request': '1' },
      body: '',
    });

    process.stdout.write(
      `\nConsole proxy overhead, GET a page of 100 roles, HTTP loopback, ${SECONDS} s each\n`,
    );
    const rows: [string, number][] = [];
    for (const concurrency of [1, 16]) {
      await runLoad(server.url, direct, { concurrency, seconds: 1 });
      const d = await runLoad(server.url, direct, {
        concurrency,
        seconds: SECONDS,
        expectStatus: 200,
      });
      printLoad(`GET /v2/roles (emulator directly), concurrency ${concurrency}`, d);
      await runLoad(server.url, proxied, { concurrency, seconds: 1 });
      const p = await runLoad(server.url, proxied, {
        concurrency,
        seconds: SECONDS,
        expectStatus: 200,
      });
      printLoad(`GET /api/v2/roles (through the proxy), concurrency ${concurrency}`, p);
      rows.push([`concurrency ${concurrency}: proxy p50 / direct p50`, p.p50 / d.p50]);
      rows.push([
        `concurrency ${concurrency}: proxy throughput / direct throughput`,
        p.perSecond / d.perSecond,
      ]);
    }
    for (const [label, ratio] of rows)
      process.stdout.write(`${label.padEnd(52)} ${ratio.toFixed(2)}\n`);
  } finally {
    await server.stop();
  }
}

// What the console proxy adds: GET /api/v2/roles (through the proxy, tolerant reader included)
// against GET /v2/roles (the emulator directly), on the same server, over HTTP loopback.
//
// Two cases. "Unchanged": the same page read again and again, as a console refetches a list; the
// upstream answers every request and the reader reads every reply. "Changed before each read": a
// role on the page is updated (untimed) before every timed read, so every reply is new.
//
// The guard: at concurrency 8, the proxy's median latency stays within 1.5× the direct one in
// both cases. The figures are printed; nothing is asserted (the machine may be busy).
import { startConsoleProcess } from '../scripts/console-process';
import { mergeLoads, printLoad, runLoad } from './load';
import type { LoadRequest, LoadResult } from './load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
/** The regression guard: proxy p50 at most this many times direct p50, at this concurrency. */
const GUARD = 1.5;
const GUARD_CONCURRENCY = 8;

export async function benchProxy() {
  const server = await startConsoleProcess();
  try {
    const auth = { authorization: `Bearer ${server.ownerKey}`, 'content-type': 'application/json' };
    const created: string[] = [];
    for (let i = 0; i < 100; i++) {
      const res = await fetch(`${server.url}/v2/roles`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({
          name: `proxy-bench-${i}`,
          description: 'A role for the proxy benchmark',
          role_type: 'assumable',
        }),
      });
      created.push(((await res.json()) as { id: string }).id);
    }
    const direct = (): LoadRequest => ({
      method: 'GET',
      path: '/v2/roles?per_page=100',
      headers: { authorization: auth.authorization },
      body: '',
    });
    const proxied = (): LoadRequest => ({
      method: 'GET',
      path: '/api/v2/roles?per_page=100',
      headers: { 'x-console-request': '1' },
      body: '',
    });
    // The first role created is on the first page of 100.
    const change = (i: number): LoadRequest => ({
      method: 'PUT',
      path: `/v2/roles/${created[0]}`,
      headers: auth,
      body: JSON.stringify({
        name: 'proxy-bench-0',
        description: `A role for the proxy benchmark, change ${i}`,
        role_type: 'assumable',
      }),
    });

    process.stdout.write(
      `\nConsole proxy overhead, GET a page of 100 roles, HTTP loopback, ${SECONDS} s each side in 1 s turns\n`,
    );
    const rows: [string, number][] = [];
    const atGuard: [string, number][] = [];
    const cases = ['unchanged', 'changed before each read'].flatMap((name) =>
      [1, GUARD_CONCURRENCY, 16].map((concurrency) => ({
        name,
        concurrency,
        before: name === 'unchanged' ? undefined : change,
      })),
    );
    for (const { name, concurrency, before } of cases) {
      const options = {
        concurrency,
        seconds: SECONDS,
        expectStatus: 200,
        ...(before ? { before } : {}),
      };
      await runLoad(server.url, direct, { ...options, seconds: 1 });
      await runLoad(server.url, proxied, { ...options, seconds: 1 });
      // One-second turns, alternating which goes first, so that drift in the machine's speed
      // falls on both sides alike.
      const ds: LoadResult[] = [];
      const ps: LoadResult[] = [];
      for (let turn = 0; turn < SECONDS; turn++) {
        const one = { ...options, seconds: 1 };
        if (turn % 2 === 0) {
          ds.push(await runLoad(server.url, direct, one));
          ps.push(await runLoad(server.url, proxied, one));
        } else {
          ps.push(await runLoad(server.url, proxied, one));
          ds.push(await runLoad(server.url, direct, one));
        }
      }
      const d = mergeLoads(ds);
      const p = mergeLoads(ps);
      printLoad(`GET /v2/roles directly, ${name}, c=${concurrency}`, d);
      printLoad(`GET /api/v2/roles proxied, ${name}, c=${concurrency}`, p);
      rows.push([`${name}, concurrency ${concurrency}: proxy p50 / direct p50`, p.p50 / d.p50]);
      if (concurrency === GUARD_CONCURRENCY) atGuard.push([name, p.p50 / d.p50]);
      rows.push([
        `${name}, concurrency ${concurrency}: proxy throughput / direct`,
        p.perSecond / d.perSecond,
      ]);
    }
    for (const [label, ratio] of rows)
      process.stdout.write(`${label.padEnd(68)} ${ratio.toFixed(2)}\n`);
    // The worse of the two cases is the one the guard is about.
    const worst = Math.max(...atGuard.map(([, ratio]) => ratio));
    const each = atGuard.map(([name, ratio]) => `${name} ${ratio.toFixed(2)}×`).join(', ');
    process.stdout.write(
      `Proxy ÷ direct at concurrency ${GUARD_CONCURRENCY}: ${worst.toFixed(2)}× (guard ${GUARD}×)  [p50; ${each}]\n`,
    );
  } finally {
    await server.stop();
  }
}

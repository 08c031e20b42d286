import http from 'node:http';
import { summarize } from './stats';

export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
  method?: string;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  statuses: Record<number, number>;
  /** Every timed request's latency in ms, in the order they finished. */
  latencies: number[];
}

/**
 * Closed-loop load over keep-alive HTTP: `concurrency` workers each send the next request as
 * soon as the previous one is answered, for `seconds`. Only loopback targets.
 */
export async function runLoad(
  baseUrl: string,
  makeRequest: (i: number) => LoadRequest,
  options: {
    concurrency: number;
    seconds: number;
    expectStatus?: number;
    /** A request sent before each timed one and not timed itself (e.g. a write that changes what is read). */
    before?: (i: number) => LoadRequest;
  },
): Promise<LoadResult> {
  const url = new URL(baseUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error('load tests only target loopback');
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  let counter = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const start = performance.now();

  const one = (req: LoadRequest) =>
    new Promise<number>((resolve, reject) => {
      const r = http.request(
        {
          host: url.hostname.replace(/^\[|\]$/g, ''),
          port: url.port,
          path: req.path,
          method: req.method ?? 'POST',
          headers: { ...req.headers, 'content-length': Buffer.byteLength(req.body) },
          agent,
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      r.on('error', reject);
      r.end(req.body);
    });

  const worker = async () => {
    while (performance.now() < deadline) {
      const i = counter++;
      const req = makeRequest(i);
      try {
        if (options.before) {
          const status = await one(options.before(i));
          if (status >= 400) errors++;
        }
      } catch {
        errors++;
      }
      const t0 = performance.now();
      try {
        const status = await one(req);
        latencies.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (options.expectStatus !== undefined && status !== options.expectStatus) errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return resultOf(latencies, errors, seconds, statuses);
}

function resultOf(
  latencies: number[],
  errors: number,
  seconds: number,
  statuses: Record<number, number>,
): LoadResult {
  const { p50, p99 } = summarize(latencies);
  const perSecond = latencies.length / seconds;
  return { requests: latencies.length, errors, seconds, perSecond, p50, p99, statuses, latencies };
}

export function printLoad(label: string, r: LoadResult) {
  process.stdout.write(
    `${label.padEnd(56)} ${r.perSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(2).padStart(6)} ms  p99 ${r.p99.toFixed(2).padStart(6)} ms  (${r.requests} requests, ${r.errors} errors)\n`,
  );
}

/** Results of several runs of the same load taken together. */
export function mergeLoads(results: LoadResult[]): LoadResult {
  const latencies = results.flatMap((r) => r.latencies);
  const seconds = results.reduce((sum, r) => sum + r.seconds, 0);
  const statuses: Record<number, number> = {};
  for (const r of results)
    for (const [code, n] of Object.entries(r.statuses))
      statuses[Number(code)] = (statuses[Number(code)] ?? 0) + n;
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  return resultOf(latencies, errors, seconds, statuses);
}

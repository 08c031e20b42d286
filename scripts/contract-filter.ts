// A contract-minimal upstream: an HTTP proxy on loopback in front of the emulator that answers the
// live-mode console with no more than Vultr's own sources promise. See src/server/contract-minimal.ts
// for what it does to each request and reply.
import { createServer, request } from 'node:http';
import type { IncomingHttpHeaders, OutgoingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  chooseVariants,
  FilterTally,
  filterReply,
  filterRequest,
  seedFrom,
} from '../src/server/contract-minimal';
import type { Variants } from '../src/server/contract-minimal';

export interface ContractFilter {
  url: string;
  seed: number;
  variants: Variants;
  tally: FilterTally;
  summary(): string;
  stop(): Promise<void>;
}

/** Hop-by-hop and length headers: recomputed for a body that may have changed. */
const DROPPED_HEADERS = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
]);

function headersWithout(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !DROPPED_HEADERS.has(name.toLowerCase())),
  );
}

/**
 * Starts the filter in front of `target` (the emulator's base URL). The variants follow `seed`,
 * else CONTRACT_SEED, else a random seed; either way the seed is in the summary.
 */
export async function startContractFilter(
  target: string,
  options: { seed?: number } = {},
): Promise<ContractFilter> {
  const seed = options.seed ?? seedFrom(process.env.CONTRACT_SEED);
  const variants = chooseVariants(seed);
  const tally = new FilterTally();
  const to = new URL(target);

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const url = req.url ?? '/';
      const answer = (status: number, body: Buffer, headers: OutgoingHttpHeaders = {}) => {
        res.writeHead(status, {
          ...headers,
          ...(body.length > 0 ? { 'content-length': String(body.length) } : {}),
        });
        res.end(body);
      };
      const decision = filterRequest(method, url, Buffer.concat(chunks), tally);
      if (decision.kind === 'answer') {
        const body = Buffer.from(JSON.stringify(decision.body));
        answer(decision.status, body, { 'content-type': 'application/json; charset=utf-8' });
        return;
      }
      const out = request(
        {
          host: to.hostname,
          port: to.port,
          path: url,
          method,
          headers: {
            ...headersWithout(req.headers),
            host: to.host,
            ...(decision.body.length > 0 ? { 'content-length': String(decision.body.length) } : {}),
          },
        },
        (upstream) => {
          const parts: Buffer[] = [];
          upstream.on('data', (c: Buffer) => parts.push(c));
          upstream.on('end', () => {
            const reply = filterReply(
              method,
              url,
              { status: upstream.statusCode ?? 502, body: Buffer.concat(parts) },
              variants,
              tally,
            );
            answer(reply.status, reply.body, headersWithout(upstream.headers));
          });
          upstream.on('error', () => answer(502, Buffer.alloc(0)));
        },
      );
      out.on('error', () => answer(502, Buffer.alloc(0)));
      out.end(decision.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    seed,
    variants,
    tally,
    summary: () => tally.summary(seed, variants),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

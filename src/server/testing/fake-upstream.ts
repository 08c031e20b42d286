import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | object;
  /** Wait this long before answering (to test timeouts). */
  delayMs?: number;
  /** Send the headers and the first half of the body, then wait this long for the rest. */
  stallBodyMs?: number;
}

/**
 * A Vultr-compatible upstream for tests: a real HTTP server on loopback that records every
 * request and answers from a script (first matching handler wins; default 200 `{}`).
 */
export class FakeUpstream {
  readonly received: Recorded[] = [];
  private handlers: ((r: Recorded) => ScriptedReply | undefined)[] = [];
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const rec: Recorded = {
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        this.received.push(rec);
        const reply = this.handlers.map((h) => h(rec)).find((r) => r !== undefined) ?? {};
        const send = () => {
          if (res.destroyed) return;
          const body =
            typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
          res.writeHead(reply.status ?? 200, {
            'content-type': typeof reply.body === 'string' ? 'text/xml' : 'application/json',
            ...reply.headers,
          });
          if (!reply.stallBodyMs) {
            res.end(body);
            return;
          }
          const half = Math.floor(body.length / 2);
          res.write(body.slice(0, half));
          setTimeout(() => !res.destroyed && res.end(body.slice(half)), reply.stallBodyMs);
        };
        if (reply.delayMs) setTimeout(send, reply.delayMs);
        else send();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Adds a handler in front of the others. */
  on(handler: (r: Recorded) => ScriptedReply | undefined): void {
    this.handlers.unshift(handler);
  }

  /** Answers the next requests to `method path` with these replies, in order. */
  script(method: string, path: string, replies: ScriptedReply[]): void {
    const queue = [...replies];
    this.on((r) =>
      r.method === method && r.url === path && queue.length > 0 ? queue.shift() : undefined,
    );
  }

  reset(): void {
    this.received.length = 0;
    this.handlers = [];
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

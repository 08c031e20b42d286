import { request } from 'node:http';
import type { IncomingHttpHeaders, RequestOptions } from 'node:http';

export interface RawHttpReply {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body, read as UTF-8. */
  body: string;
}

/**
 * One HTTP request with Node's own client, exactly as given (Host and all), as a browser or an
 * attacker could send it; a reply that has not come after `timeoutMs` fails the request.
 */
export function rawHttp(
  options: RequestOptions,
  body?: string | Buffer,
  timeoutMs?: number,
): Promise<RawHttpReply> {
  return new Promise((resolve, reject) => {
    const req = request(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (timeoutMs !== undefined) {
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    }
    req.end(body);
  });
}

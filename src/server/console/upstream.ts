import { HttpError } from '../http-error';

export interface UpstreamRequest {
  method: string;
  /** Path and query below the upstream's base, e.g. `/v2/roles?per_page=2`. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer | string;
  /** The credential to present as `Authorization: Bearer`. */
  bearer: string | null;
  timeoutMs?: number;
}

export interface UpstreamResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

/**
 * The one way the console reaches a Vultr-compatible API: the embedded emulator in
 * embedded mode (this same server over loopback) or api.vultr.com in live mode.
 */
export class UpstreamClient {
  constructor(private readonly resolveBase: () => string) {}

  get baseUrl(): string {
    return this.resolveBase();
  }

  get host(): string {
    return new URL(this.baseUrl).host;
  }

  async send(req: UpstreamRequest): Promise<UpstreamResponse> {
    const headers: Record<string, string> = { ...req.headers };
    if (req.bearer) headers.authorization = `Bearer ${req.bearer}`;
    let response: Response;
    try {
      response = await fetch(this.baseUrl + req.path, {
        method: req.method,
        headers,
        body: req.body && req.body.length > 0 ? new Uint8Array(Buffer.from(req.body)) : undefined,
        signal: AbortSignal.timeout(req.timeoutMs ?? 30_000),
        redirect: 'manual',
      });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        throw new HttpError(504, `upstream ${this.host} did not answer in time`);
      }
      throw new HttpError(502, `upstream ${this.host} is unreachable`);
    }
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, body };
  }
}

import { Agent, errors as undiciErrors, request } from 'undici';
import { HttpError } from '../http-error';

export interface UpstreamRequest {
  method: string;
  /** Path and query below the upstream's base, e.g. `/v2/roles?per_page=2`. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer | string | undefined;
  /** The credential to present as `Authorization: Bearer`. */
  bearer: string | null;
  /** Overrides the client's total timeout for this request. */
  timeoutMs?: number;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface UpstreamOptions {
  /** Time to establish a connection. */
  connectTimeoutMs?: number;
  /** Time for the whole exchange, body included. */
  totalTimeoutMs?: number;
  /** Retries of idempotent requests on 429/502/503/504 or a failed connection. */
  retries?: number;
  /** First backoff; doubles each retry. */
  backoffMs?: number;
  /** Longest Retry-After the client will wait for; a longer one is passed back as it is. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRY_STATUSES = new Set([429, 502, 503, 504]);

/**
 * The one way the console reaches a Vultr-compatible API: the embedded emulator in embedded mode
 * (this same server over loopback) or api.vultr.com in live mode. Keep-alive connections,
 * bounded time, retries only where repeating a request cannot do harm.
 */
export class UpstreamClient {
  private readonly agent: Agent;
  private readonly opts: Required<Omit<UpstreamOptions, 'sleep'>> & {
    sleep: (ms: number) => Promise<void>;
  };

  constructor(
    private readonly resolveBase: () => string,
    options: UpstreamOptions = {},
  ) {
    this.opts = {
      connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
      totalTimeoutMs: options.totalTimeoutMs ?? 30_000,
      retries: options.retries ?? 2,
      backoffMs: options.backoffMs ?? 200,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 10_000,
      sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    };
    this.agent = new Agent({
      connect: { timeout: this.opts.connectTimeoutMs },
      keepAliveTimeout: 10_000,
      connections: 64,
    });
  }

  get baseUrl(): string {
    return this.resolveBase();
  }

  get host(): string {
    return new URL(this.baseUrl).host;
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  async send(req: UpstreamRequest): Promise<UpstreamResponse> {
    const retries = IDEMPOTENT.has(req.method) ? this.opts.retries : 0;
    for (let attempt = 0; ; attempt++) {
      let response: UpstreamResponse | null = null;
      let failure: HttpError | null = null;
      try {
        response = await this.once(req);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        failure = error;
      }
      const retryable = response ? RETRY_STATUSES.has(response.status) : failure?.status === 502;
      if (!retryable || attempt >= retries) {
        if (failure) throw failure;
        return response!;
      }
      const wait = this.waitBeforeRetry(response, attempt);
      if (wait === null) return response!;
      await this.opts.sleep(wait);
    }
  }

  /** Backoff, or the upstream's Retry-After when it gives one we are willing to wait for. */
  private waitBeforeRetry(response: UpstreamResponse | null, attempt: number): number | null {
    const backoff = this.opts.backoffMs * 2 ** attempt;
    const header = response?.headers['retry-after'];
    if (!header) return backoff;
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
    if (!Number.isFinite(ms)) return backoff;
    if (ms > this.opts.maxRetryAfterMs) return null;
    return Math.max(backoff, ms);
  }

  private async once(req: UpstreamRequest): Promise<UpstreamResponse> {
    const headers: Record<string, string> = { ...req.headers };
    if (req.bearer) headers.authorization = `Bearer ${req.bearer}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), req.timeoutMs ?? this.opts.totalTimeoutMs);
    try {
      const res = await request(this.baseUrl + req.path, {
        method: req.method as 'GET',
        headers,
        body: req.body && req.body.length > 0 ? req.body : null,
        dispatcher: this.agent,
        signal: controller.signal,
      });
      const body = Buffer.from(await res.body.arrayBuffer());
      const flat: Record<string, string> = {};
      for (const [name, value] of Object.entries(res.headers)) {
        if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      return { status: res.statusCode, headers: flat, body };
    } catch (error) {
      if (controller.signal.aborted) {
        throw new HttpError(504, `upstream ${this.host} did not answer in time`);
      }
      if (error instanceof undiciErrors.ConnectTimeoutError) {
        throw new HttpError(502, `upstream ${this.host} is unreachable (connection timed out)`);
      }
      throw new HttpError(502, `upstream ${this.host} is unreachable`);
    } finally {
      clearTimeout(timer);
    }
  }
}

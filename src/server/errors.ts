import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { z } from 'zod';
import { STS_V2_PATH } from '../shared/api/contract';
import { describeZodError } from '../shared/schemas/common';
import { errorXml } from './emulator/sts/xml';
import { HttpError } from './http-error';
import { StoreError } from './emulator/store/store-error';
import type { StoreFailure } from './emulator/store/store-error';

/** The status each kind of store refusal is answered with. */
const STORE_STATUS: Record<StoreFailure, number> = {
  invalid: 400,
  refused: 403,
  'not-found': 404,
  conflict: 409,
};
import { redactUrl } from './redact';
import { SECURITY_HEADERS } from './security-headers';

/** The longest path parameter the router accepts (Fastify's `maxParamLength`); longer is 414. */
export const MAX_PARAM_LENGTH = 100;
/** The largest request head (request line and headers) the HTTP parser accepts; larger is 431. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** Texts for Fastify's own client errors, in the API's voice. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'request body is too large (limit 1 MiB)',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported Content-Type; send application/json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'body must be a JSON object',
  FST_ERR_CTP_INVALID_JSON_BODY: 'body is not valid JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body',
};

/**
 * The one error mapper of /v2 and /api: every error becomes `{error, status}` JSON.
 * Client mistakes keep their 4xx; anything else is logged (with a redacted URL) and is a 500.
 */
export function sendJsonError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  let status = 500;
  let message = 'internal error';
  if (error instanceof HttpError) {
    status = error.status;
    message = error.message;
    reply.headers(error.headers);
  } else if (error instanceof StoreError) {
    status = STORE_STATUS[error.kind];
    message = error.message;
  } else if (error instanceof z.ZodError) {
    status = 400;
    message = describeZodError(error);
  } else if (isFastifyClientError(error)) {
    status = error.statusCode ?? 400;
    message =
      FASTIFY_MESSAGES[error.code] ??
      (error.code === 'FST_ERR_VALIDATION' || status === 400 ? 'malformed request' : error.message);
    if (error instanceof SyntaxError) message = FASTIFY_MESSAGES.FST_ERR_CTP_INVALID_JSON_BODY!;
  }
  if (status >= 500) {
    request.log.error(
      { err: error, method: request.method, url: redactUrl(request.url) },
      'request failed',
    );
  }
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error: message, status });
}

function isFastifyClientError(error: unknown): error is FastifyError {
  const status = (error as FastifyError | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** Requests refused before any route sees them: by the HTTP parser or the router. */
export type Refusal = 'bad-url' | 'uri-too-long' | 'headers-too-large' | 'malformed' | 'timeout';

const REFUSALS: Record<
  Refusal,
  { status: number; message: string; stsCode: string; stsMessage: string }
> = {
  'bad-url': {
    status: 400,
    message: 'the request path is not valid percent-encoded UTF-8',
    stsCode: 'ValidationError',
    stsMessage: 'The request path is not valid percent-encoded UTF-8.',
  },
  'uri-too-long': {
    status: 414,
    message: `a path segment is longer than ${MAX_PARAM_LENGTH} characters`,
    stsCode: 'RequestURITooLong',
    stsMessage: `A path segment is longer than ${MAX_PARAM_LENGTH} characters.`,
  },
  'headers-too-large': {
    status: 431,
    message: `the request headers are larger than ${MAX_HEADER_BYTES / 1024} KiB`,
    stsCode: 'RequestHeaderSectionTooLarge',
    stsMessage: `The request headers are larger than ${MAX_HEADER_BYTES / 1024} KiB.`,
  },
  malformed: {
    status: 400,
    message: 'malformed HTTP request',
    stsCode: 'ValidationError',
    stsMessage: 'The HTTP request is malformed.',
  },
  timeout: {
    status: 408,
    message: 'the request took too long to arrive',
    stsCode: 'RequestTimeout',
    stsMessage: 'The request took too long to arrive.',
  },
};

/** Whether a request target (path, maybe with a query) is the STS endpoint. */
export function isStsTarget(target: string): boolean {
  if (!target.startsWith(STS_V2_PATH)) return false;
  const next = target.charAt(STS_V2_PATH.length);
  return next === '' || next === '/' || next === '?' || next === '%';
}

export interface WireAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The documented answer to a refused request: AWS error XML on the STS endpoint (with a request
 * id, as its clients expect), `{error, status}` JSON everywhere else; the security headers on both.
 */
export function refusalAnswer(target: string, refusal: Refusal): WireAnswer {
  const r = REFUSALS[refusal];
  if (isStsTarget(target)) {
    const requestId = randomUUID();
    return {
      status: r.status,
      headers: {
        ...SECURITY_HEADERS,
        'content-type': 'text/xml',
        'x-amzn-requestid': requestId,
      },
      body: errorXml('Sender', r.stsCode, r.stsMessage, requestId),
    };
  }
  return {
    status: r.status,
    headers: { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ error: r.message, status: r.status }),
  };
}

/** What Fastify refuses in a path, and what Node's HTTP parser refuses, by error code. */
const FRAMEWORK_REFUSALS: Record<string, Refusal> = {
  FST_ERR_MAX_PARAM_LENGTH: 'uri-too-long',
  FST_ERR_BAD_URL: 'bad-url',
};
const CLIENT_REFUSALS: Record<string, Refusal> = {
  HPE_HEADER_OVERFLOW: 'headers-too-large',
  ERR_HTTP_REQUEST_TIMEOUT: 'timeout',
};
/** The refusal a table names for the code; any other code is `malformed`. */
const refusalOf = (table: Record<string, Refusal>, code: string | undefined): Refusal =>
  code !== undefined && Object.hasOwn(table, code) ? table[code]! : 'malformed';

/** Fastify's `frameworkErrors`: a path that is not valid percent-encoding, or a too long segment. */
export function sendFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const answer = refusalAnswer(request.raw.url ?? '', refusalOf(FRAMEWORK_REFUSALS, error.code));
  return reply.code(answer.status).headers(answer.headers).send(answer.body);
}

/** The last chunk on each connection that held a request line, by socket. */
const requestStarts = new WeakMap<object, Buffer>();
const REQUEST_LINE = /(?:^|\r\n)([A-Z]{3,7}) (\S+) HTTP\/1\.[01]\r\n/g;

/** The method and target of the last request line in some bytes, if any. */
function lastRequestLine(
  bytes: Buffer | null | undefined,
): { method: string; target: string } | null {
  if (!bytes) return null;
  let last: RegExpExecArray | null = null;
  for (const m of bytes.toString('latin1', 0, 65_536).matchAll(REQUEST_LINE)) last = m;
  return last ? { method: last[1]!, target: last[2]! } : null;
}

/**
 * Remembers where each request began, so that a refusal of headers that arrive over several
 * chunks (or after the end of an earlier request) can still tell an STS request, which is
 * answered in XML, from the others.
 */
export function rememberRequestStarts(server: {
  on(event: 'connection', listener: (socket: Duplex) => void): unknown;
}) {
  server.on('connection', (socket) => {
    socket.on('data', (chunk: Buffer) => {
      if (chunk.indexOf(' HTTP/1.') !== -1) requestStarts.set(socket, chunk);
    });
  });
}

/**
 * The server's `clientError` handler: what the HTTP parser refuses (headers too large, a broken
 * request line, a slow client) gets the documented answer instead of Node's bare one. The path
 * is read from the request line when the refused bytes still hold it.
 */
export function answerClientError(
  error: Error & { code?: string; rawPacket?: unknown },
  socket: Duplex,
) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const refusal = refusalOf(CLIENT_REFUSALS, error.code);
  const packet = Buffer.isBuffer(error.rawPacket) ? error.rawPacket : null;
  const line = lastRequestLine(packet) ?? lastRequestLine(requestStarts.get(socket));
  const answer = refusalAnswer(line?.target ?? '', refusal);
  // A reply to HEAD carries the length of the body it would have had, and no body.
  const withBody = line?.method !== 'HEAD';
  if (socket.writable) {
    const head = [
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? 'Error'}`,
      ...Object.entries(answer.headers).map(([k, v]) => `${k}: ${v}`),
      `content-length: ${Buffer.byteLength(answer.body)}`,
      'connection: close',
    ];
    socket.write(`${head.join('\r\n')}\r\n\r\n${withBody ? answer.body : ''}`);
  }
  socket.destroy(error);
}

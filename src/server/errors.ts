import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { describeZodError } from '../shared/schemas/common';
import { HttpError } from './http-error';
import { redactUrl } from './redact';

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

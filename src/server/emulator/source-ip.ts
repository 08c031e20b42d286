import type { FastifyRequest } from 'fastify';

/** The caller's address as the trust checks see it: IPv4-mapped IPv6 written as IPv4. */
export function sourceIpOf(request: FastifyRequest): string {
  const ip = request.ip ?? '';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return mapped?.[1] ?? ip;
}

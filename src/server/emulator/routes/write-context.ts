import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../clock';
import { requireCaller } from '../auth';
import type { WriteContext } from '../store/roles';
import { storedTime } from '../store/time';

/** The caller's organization, the caller (recorded on every write) and the instant of the write. */
export function writeContext(request: FastifyRequest, clock: Clock): WriteContext {
  const caller = requireCaller(request);
  return { orgId: caller.orgId, userId: caller.userId, at: storedTime(clock.now()) };
}

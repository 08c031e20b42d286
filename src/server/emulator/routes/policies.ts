import type { FastifyInstance } from 'fastify';
import { listQuerySchema } from '../../../shared/schemas/common';
import { describePolicyInputError, policyInputSchema } from '../../../shared/schemas/policy';
import type { PolicyValues } from '../../../shared/schemas/policy';
import { badRequest, notFound } from '../../http-error';
import { requireCaller } from '../auth';
import type { EmulatorDeps } from '../deps';
import {
  GROUP_NOT_FOUND,
  POLICY_NOT_FOUND,
  USER_NOT_FOUND,
  attachPolicyToGroup,
  attachPolicyToUser,
  createPolicy,
  deletePolicy,
  detachPolicyFromGroup,
  detachPolicyFromUser,
  findPolicy,
  listPolicies,
  listPolicyGroups,
  listPolicyUsers,
  restorePolicy,
  updatePolicy,
} from '../store/policies';
import { parseWith, pathId } from './parse';
import { writeContext } from './write-context';

/** Policy bodies name positions inside the document as `Statement[0].Action[1]`. */
function parsePolicyBody(body: unknown): PolicyValues {
  const result = policyInputSchema.safeParse(body);
  if (!result.success) throw badRequest(describePolicyInputError(result.error, body));
  return result.data;
}

const policyId = (params: unknown) => pathId(params, 'id', POLICY_NOT_FOUND);

export function policyRoutes(app: FastifyInstance, deps: EmulatorDeps) {
  const { db, clock } = deps;

  app.get('/policies', async (request) => {
    const caller = requireCaller(request);
    return listPolicies(db, caller.orgId, parseWith(listQuerySchema, request.query));
  });

  app.post('/policies', async (request, reply) => {
    const input = parsePolicyBody(request.body);
    return reply.code(201).send(createPolicy(db, writeContext(request, clock), input));
  });

  app.get('/policies/:id', async (request) => {
    const caller = requireCaller(request);
    const policy = findPolicy(db, caller.orgId, policyId(request.params));
    if (!policy) throw notFound(POLICY_NOT_FOUND);
    return { policy };
  });

  app.put('/policies/:id', async (request) => {
    const id = policyId(request.params);
    return updatePolicy(db, writeContext(request, clock), id, parsePolicyBody(request.body));
  });

  app.delete('/policies/:id', async (request, reply) => {
    deletePolicy(db, writeContext(request, clock), policyId(request.params));
    return reply.code(204).send();
  });

  app.patch('/policies/:id/restore', async (request) => {
    return restorePolicy(db, writeContext(request, clock), policyId(request.params));
  });

  app.get('/policies/:id/users', async (request) => {
    const caller = requireCaller(request);
    const id = policyId(request.params);
    return listPolicyUsers(db, caller.orgId, id, parseWith(listQuerySchema, request.query));
  });

  app.post('/policies/:id/users/:userId', async (request, reply) => {
    const id = policyId(request.params);
    const userId = pathId(request.params, 'userId', USER_NOT_FOUND);
    return reply.code(201).send(attachPolicyToUser(db, writeContext(request, clock), id, userId));
  });

  app.delete('/policies/:id/users/:userId', async (request, reply) => {
    const id = policyId(request.params);
    const userId = pathId(request.params, 'userId', USER_NOT_FOUND);
    detachPolicyFromUser(db, writeContext(request, clock), id, userId);
    return reply.code(204).send();
  });

  app.get('/policies/:id/groups', async (request) => {
    const caller = requireCaller(request);
    const id = policyId(request.params);
    return listPolicyGroups(db, caller.orgId, id, parseWith(listQuerySchema, request.query));
  });

  app.post('/policies/:id/groups/:groupId', async (request, reply) => {
    const id = policyId(request.params);
    const groupId = pathId(request.params, 'groupId', GROUP_NOT_FOUND);
    return reply.code(201).send(attachPolicyToGroup(db, writeContext(request, clock), id, groupId));
  });

  app.delete('/policies/:id/groups/:groupId', async (request, reply) => {
    const id = policyId(request.params);
    const groupId = pathId(request.params, 'groupId', GROUP_NOT_FOUND);
    detachPolicyFromGroup(db, writeContext(request, clock), id, groupId);
    return reply.code(204).send();
  });
}

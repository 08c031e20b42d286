import type { FastifyInstance } from 'fastify';
import { describePolicyInputError, policyInputSchema } from '../../../shared/schemas/policy';
import type { PolicyValues } from '../../../shared/schemas/policy';
import { badRequest } from '../../http-error';
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
import { linkRoutes, recordRoutes } from './record-routes';

/** Policy bodies name positions inside the document as `Statement[0].Action[1]`. */
function parsePolicyBody(body: unknown): PolicyValues {
  const result = policyInputSchema.safeParse(body);
  if (!result.success) throw badRequest(describePolicyInputError(result.error, body));
  return result.data;
}

export function policyRoutes(app: FastifyInstance, deps: EmulatorDeps) {
  recordRoutes(app, deps, {
    path: '/policies',
    key: 'policy',
    notFound: POLICY_NOT_FOUND,
    list: listPolicies,
    create: (db, ctx, body) => createPolicy(db, ctx, parsePolicyBody(body)),
    find: findPolicy,
    update: (db, ctx, id, body) => updatePolicy(db, ctx, id, parsePolicyBody(body)),
    remove: deletePolicy,
    restore: restorePolicy,
  });

  const owner = { path: '/policies', notFound: POLICY_NOT_FOUND };
  linkRoutes(app, deps, {
    ...owner,
    linked: 'users',
    linkedNotFound: USER_NOT_FOUND,
    list: listPolicyUsers,
    attach: attachPolicyToUser,
    detach: detachPolicyFromUser,
  });
  linkRoutes(app, deps, {
    ...owner,
    linked: 'groups',
    linkedNotFound: GROUP_NOT_FOUND,
    list: listPolicyGroups,
    attach: attachPolicyToGroup,
    detach: detachPolicyFromGroup,
  });
}

import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_DURATION_MAX, SESSION_DURATION_MIN } from '../../../shared/schemas/role';
import { SESSION_NAME_PATTERN } from '../../../shared/schemas/session';
import { bearerToken } from '../auth';
import type { EmulatorDeps } from '../deps';
import { jwksClientFor } from '../routes/oidc-issuers';
import { AssumeError, assumeRole } from '../services/assume';
import type { AssumeInput } from '../services/assume';
import { sourceIpOf } from '../source-ip';
import { OTHER_METHODS_REFUSED } from '../method-not-allowed';
import { callerForApiKey } from '../store/api-keys';
import { missingParameter, StsError, validationError } from './sts-error';
import { verifyWebIdentity } from './web-identity';
import { errorXml, stsTime, successXml } from './xml';
import type { XmlTree } from './xml';

import { STS_PATH } from '../../../shared/api/contract';
import { groupIdsOfUser } from '../store/groups';
import { findOrganization } from '../store/organizations';

export { STS_PATH };
const UNSUPPORTED = [
  'Policy',
  'PolicyArns',
  'Tags',
  'TransitiveTagKeys',
  'ExternalId',
  'SerialNumber',
  'TokenCode',
  'SourceIdentity',
  'ProvidedContexts',
  'ProviderId',
];

type Params = Record<string, string>;

declare module 'fastify' {
  interface FastifyRequest {
    stsRequestId?: string;
  }
}

/** The AWS STS-compatible endpoint: form-encoded in, STS XML out, errors as AWS error XML. */
export async function stsPlugin(app: FastifyInstance, deps: EmulatorDeps) {
  const { db, clock } = deps;
  const keys = jwksClientFor(deps);

  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_req, body, done) => {
      const params: Params = {};
      for (const [k, v] of new URLSearchParams(body as string)) if (!(k in params)) params[k] = v;
      done(null, params);
    },
  );
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, _body, done) =>
    done(
      new StsError(
        'ValidationError',
        400,
        'The request body must be application/x-www-form-urlencoded.',
      ),
    ),
  );
  app.addHook('onRequest', async (request) => {
    request.stsRequestId = randomUUID();
  });
  app.setErrorHandler((error, request, reply) => sendStsError(error, request, reply));

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const params = (request.body ?? {}) as Params;
    const requestId = request.stsRequestId!;
    const action = params.Action;
    if (!action) throw missingParameter('Action');
    if (params.Version !== undefined && params.Version !== '2011-06-15') {
      throw validationError(params.Version, 'version', 'Member must be 2011-06-15');
    }
    const unsupported = Object.keys(params).find((k) =>
      UNSUPPORTED.some((u) => k === u || k.startsWith(`${u}.`)),
    );
    if (unsupported) {
      throw new StsError(
        'ValidationError',
        400,
        `The parameter ${unsupported.split('.')[0]} is not supported by this endpoint.`,
      );
    }
    let xml: string;
    if (action === 'AssumeRole') xml = await assumeWithApiKey(request, params, requestId);
    else if (action === 'AssumeRoleWithWebIdentity')
      xml = await assumeWithWebIdentity(request, params, requestId);
    else
      throw new StsError(
        'InvalidAction',
        400,
        `Could not find operation ${action} for version 2011-06-15`,
      );
    return reply.code(200).header('x-amzn-requestid', requestId).type('text/xml').send(xml);
  };
  app.post(STS_PATH, handler);
  app.post(`${STS_PATH}/`, handler);
  // Any other method is an AWS error too, not the JSON API's 405.
  const wrongMethod = async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('allow', 'POST');
    throw new StsError(
      'InvalidAction',
      405,
      `The STS endpoint takes POST requests only, not ${request.method}.`,
    );
  };
  for (const url of [STS_PATH, `${STS_PATH}/`]) {
    app.route({
      method: ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
      url,
      handler: wrongMethod,
      config: { [OTHER_METHODS_REFUSED]: true },
    });
  }

  /** The fields both actions share, validated as AWS would. */
  function common(params: Params) {
    const roleArn = params.RoleArn;
    if (roleArn === undefined) throw missingParameter('RoleArn');
    if (roleArn.length < 20 || roleArn.length > 2048) {
      throw validationError(roleArn, 'roleArn', 'Member must have length between 20 and 2048');
    }
    const arn = /^arn:aws:iam::([^:]*):role\/(.+)$/.exec(roleArn);
    if (!arn) {
      throw validationError(
        roleArn,
        'roleArn',
        'Member must be an ARN of the form arn:aws:iam::<organization-id>:role/<role-id>',
      );
    }
    const name = params.RoleSessionName;
    if (name === undefined) throw missingParameter('RoleSessionName');
    if (name.length < 2) {
      throw validationError(
        name,
        'roleSessionName',
        'Member must have length greater than or equal to 2',
      );
    }
    if (name.length > 64) {
      throw validationError(
        name,
        'roleSessionName',
        'Member must have length less than or equal to 64',
      );
    }
    if (!SESSION_NAME_PATTERN.test(name)) {
      throw validationError(
        name,
        'roleSessionName',
        'Member must satisfy regular expression pattern: [\\w+=,.@-]*',
      );
    }
    let duration: number | undefined;
    if (params.DurationSeconds !== undefined) {
      const raw = params.DurationSeconds;
      duration = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isInteger(duration)) {
        throw validationError(raw, 'durationSeconds', 'Member must be an integer');
      }
      if (duration < SESSION_DURATION_MIN) {
        throw validationError(
          raw,
          'durationSeconds',
          `Member must have value greater than or equal to ${SESSION_DURATION_MIN}`,
        );
      }
      if (duration > SESSION_DURATION_MAX) {
        throw validationError(
          raw,
          'durationSeconds',
          `Member must have value less than or equal to ${SESSION_DURATION_MAX}`,
        );
      }
    }
    return { roleArn, orgId: arn[1]!, roleId: arn[2]!, sessionName: name, duration };
  }

  function denied(callerArn: string, roleArn: string, reason?: string) {
    const base = `User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`;
    return new StsError('AccessDenied', 403, reason ? `${base} because ${reason}` : base);
  }

  /** Runs the shared assume path and maps its refusals onto STS errors. */
  async function assume(input: AssumeInput, callerArn: string, roleArn: string) {
    try {
      return await assumeRole(db, clock, input);
    } catch (error) {
      if (!(error instanceof AssumeError)) throw error;
      const f = error.failure;
      if (f.kind === 'duration') {
        throw new StsError(
          'ValidationError',
          400,
          'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
        );
      }
      // An untrusted caller learns nothing about the role or its trusts.
      if (f.kind === 'role' || f.kind === 'untrusted') throw denied(callerArn, roleArn);
      throw denied(callerArn, roleArn, f.detail);
    }
  }

  async function assumeWithApiKey(request: FastifyRequest, params: Params, requestId: string) {
    const token = bearerToken(request);
    if (!token) {
      throw new StsError(
        'MissingAuthenticationToken',
        403,
        'Request is missing Authentication Token',
      );
    }
    const caller = callerForApiKey(db, token);
    if (!caller) {
      throw new StsError(
        'InvalidClientTokenId',
        403,
        'The security token included in the request is invalid.',
      );
    }
    const p = common(params);
    const callerArn = `arn:aws:iam::${caller.orgId}:user/${caller.userId}`;
    if (p.orgId !== caller.orgId) throw denied(callerArn, p.roleArn);
    const issued = await assume(
      {
        orgId: caller.orgId,
        roleId: p.roleId,
        caller: {
          kind: 'user',
          userId: caller.userId,
          groupIds: groupIdsOfUser(db, caller.userId),
        },
        callerIsOwner: caller.isOwner,
        sessionName: p.sessionName,
        durationSeconds: p.duration,
        sourceIp: sourceIpOf(request),
      },
      callerArn,
      p.roleArn,
    );
    return successXml('AssumeRole', resultTree(issued, p.orgId, p.sessionName), requestId);
  }

  async function assumeWithWebIdentity(request: FastifyRequest, params: Params, requestId: string) {
    const fromHeader = bearerToken(request);
    const fromForm = params.WebIdentityToken;
    if (fromHeader && fromForm && fromHeader !== fromForm) {
      throw new StsError(
        'ValidationError',
        400,
        'The Authorization Bearer token and WebIdentityToken differ.',
      );
    }
    const token = fromForm ?? fromHeader;
    if (!token) throw missingParameter('WebIdentityToken');
    if (token.length < 4 || token.length > 20_000) {
      throw validationError(
        token.slice(0, 20),
        'webIdentityToken',
        'Member must have length between 4 and 20000',
      );
    }
    const p = common(params);
    if (!findOrganization(db, p.orgId))
      throw new StsError('InvalidIdentityToken', 400, 'The role ARN names no known organization.');
    const identity = await verifyWebIdentity(db, clock, keys, p.orgId, token);
    const callerArn = `${identity.iss}:sub/${identity.sub}`;
    const issued = await assume(
      {
        orgId: p.orgId,
        roleId: p.roleId,
        caller: { kind: 'oidc', issuerId: identity.issuerId, subject: identity.sub },
        callerIsOwner: false,
        sessionName: p.sessionName,
        durationSeconds: p.duration,
        sourceIp: sourceIpOf(request),
      },
      callerArn,
      p.roleArn,
    );
    const tree = resultTree(issued, p.orgId, p.sessionName);
    return successXml(
      'AssumeRoleWithWebIdentity',
      {
        SubjectFromWebIdentityToken: identity.sub,
        ...tree,
        Provider: identity.iss,
        Audience: identity.audience,
      },
      requestId,
    );
  }
}

function resultTree(
  issued: Awaited<ReturnType<typeof assumeRole>>,
  orgId: string,
  sessionName: string,
): XmlTree {
  return {
    Credentials: {
      AccessKeyId: issued.accessKeyId,
      SecretAccessKey: issued.secretAccessKey,
      SessionToken: issued.token,
      Expiration: stsTime(issued.expiresAt),
    },
    AssumedRoleUser: {
      AssumedRoleId: `${issued.role.id}:${sessionName}`,
      Arn: `arn:aws:sts::${orgId}:assumed-role/${issued.role.name}/${sessionName}`,
    },
    PackedPolicySize: 0,
  };
}

/** Every error of this endpoint, ours or Fastify's, as AWS error XML with the request id. */
function sendStsError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const requestId = request.stsRequestId ?? randomUUID();
  let sts: StsError;
  if (error instanceof StsError) sts = error;
  else {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status === 413)
      sts = new StsError('RequestEntityTooLarge', 413, 'The request body is larger than 1 MiB.');
    else if (status >= 400 && status < 500)
      sts = new StsError('ValidationError', 400, 'The request is malformed.');
    else {
      request.log.error({ err: error }, 'STS request failed');
      sts = new StsError('InternalFailure', 500, 'The request could not be processed.', 'Receiver');
    }
  }
  return reply
    .code(sts.status)
    .header('x-amzn-requestid', requestId)
    .type('text/xml')
    .send(errorXml(sts.type, sts.code, sts.message, requestId));
}

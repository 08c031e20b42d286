import type { FastifyInstance } from 'fastify';
import { listQuerySchema } from '../../../shared/schemas/common';
import type { ListQuery } from '../../../shared/schemas/common';
import { notFound } from '../../http-error';
import { requireCaller } from '../auth';
import type { EmulatorDeps } from '../deps';
import type { Db } from '../store/database';
import type { WriteContext } from '../store/write-context';
import { parseWith, pathId } from './parse';
import { writeContext } from './write-context';

/**
 * The routes that look the same for every kind of record (roles, trusts, policies, groups): the
 * list, create, read, replace, delete and restore routes, and the routes that link a record to
 * others (a policy's users, a role's policies). Each module names its store functions; the HTTP
 * side (path ids, statuses, the read reply's wrapper) is written here once.
 */

export interface RecordRoutes {
  /** Where the records live, e.g. `/roles`; one of them is `${path}/:id`. */
  path: string;
  /** The key a read wraps the record in, e.g. `role` → `{"role": …}`. */
  key: string;
  /** The API's text when the id names no record (a malformed id included). */
  notFound: string;
  list(db: Db, orgId: string, query: ListQuery): unknown;
  /** Parses the body and creates; answered 201. */
  create(db: Db, ctx: WriteContext, body: unknown): unknown;
  /** The record, or null. */
  find(db: Db, orgId: string, id: string): unknown;
  /** Parses the body and replaces (PUT); answered 200 unwrapped. */
  update?(db: Db, ctx: WriteContext, id: string, body: unknown): unknown;
  /** Deletes; answered 204. */
  remove(db: Db, ctx: WriteContext, id: string): void;
  /** Brings a deleted record back (PATCH `…/restore`). */
  restore?(db: Db, ctx: WriteContext, id: string): unknown;
}

export function recordRoutes(app: FastifyInstance, { db, clock }: EmulatorDeps, r: RecordRoutes) {
  const one = `${r.path}/:id`;
  const idOf = (params: unknown) => pathId(params, 'id', r.notFound);

  app.get(r.path, async (request) => {
    const caller = requireCaller(request);
    return r.list(db, caller.orgId, parseWith(listQuerySchema, request.query));
  });

  app.post(r.path, async (request, reply) => {
    return reply.code(201).send(r.create(db, writeContext(request, clock), request.body));
  });

  app.get(one, async (request) => {
    const caller = requireCaller(request);
    const record = r.find(db, caller.orgId, idOf(request.params));
    if (!record) throw notFound(r.notFound);
    return { [r.key]: record };
  });

  const { update, restore } = r;
  if (update) {
    app.put(one, async (request) => {
      const id = idOf(request.params);
      return update(db, writeContext(request, clock), id, request.body);
    });
  }

  app.delete(one, async (request, reply) => {
    r.remove(db, writeContext(request, clock), idOf(request.params));
    return reply.code(204).send();
  });

  if (restore) {
    app.patch(`${one}/restore`, async (request) => {
      return restore(db, writeContext(request, clock), idOf(request.params));
    });
  }
}

export interface LinkRoutes {
  /** The owning records, e.g. `/policies`, and the API's text when the owner's id names none. */
  path: string;
  notFound: string;
  /** What they are linked to, e.g. `users` (`${path}/:id/users/:linkedId`), and its not-found text. */
  linked: string;
  linkedNotFound: string;
  list(db: Db, orgId: string, ownerId: string, query: ListQuery): unknown;
  /** Links; answered 201 with the record of the link. */
  attach(db: Db, ctx: WriteContext, ownerId: string, linkedId: string): unknown;
  /** Unlinks; answered 204. */
  detach(db: Db, ctx: WriteContext, ownerId: string, linkedId: string): void;
}

/** GET `${path}/:id/${linked}`, and POST and DELETE `${path}/:id/${linked}/:linkedId`. */
export function linkRoutes(app: FastifyInstance, { db, clock }: EmulatorDeps, r: LinkRoutes) {
  const list = `${r.path}/:id/${r.linked}`;
  /** The owner's id, then the linked record's: a malformed one is simply not found. */
  const idsOf = (params: unknown) =>
    [pathId(params, 'id', r.notFound), pathId(params, 'linkedId', r.linkedNotFound)] as const;

  app.get(list, async (request) => {
    const caller = requireCaller(request);
    const id = pathId(request.params, 'id', r.notFound);
    return r.list(db, caller.orgId, id, parseWith(listQuerySchema, request.query));
  });

  app.post(`${list}/:linkedId`, async (request, reply) => {
    const [id, linkedId] = idsOf(request.params);
    return reply.code(201).send(r.attach(db, writeContext(request, clock), id, linkedId));
  });

  app.delete(`${list}/:linkedId`, async (request, reply) => {
    const [id, linkedId] = idsOf(request.params);
    r.detach(db, writeContext(request, clock), id, linkedId);
    return reply.code(204).send();
  });
}

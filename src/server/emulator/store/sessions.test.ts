import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock';
import { startTestServer } from '../../testing/test-support';
import type { TestServer } from '../../testing/test-support';
import { DATABASE_FILE } from '../bootstrap';
import { seeded, sts } from '../../testing/sts-test-kit';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock: new ManualClock('2026-11-23T09:00:00.000Z') });
});
afterAll(async () => {
  await server.close();
});

describe('session writes', () => {
  it('commit every session before its reply, even when many arrive at once', async () => {
    const s = seeded(server);
    const roleArn = `arn:aws:iam::${s.orgId}:role/${s.roleId('Break-glass Administrator')}`;
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        sts(
          server,
          { Action: 'AssumeRole', RoleArn: roleArn, RoleSessionName: `burst-${i}` },
          { bearer: s.apiKey('blake') },
        ),
      ),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    // A second connection sees only committed data: all 40 rows must be there already.
    const other = new Database(join(server.dataDir, DATABASE_FILE), { readonly: true });
    const count = other
      .prepare("SELECT count(*) FROM assumed_role_sessions WHERE session_name LIKE 'burst-%'")
      .pluck()
      .get();
    other.close();
    expect(count).toBe(40);
  });
});

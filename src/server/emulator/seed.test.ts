import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditionsSchema } from '../../shared/schemas/role-trust';
import { startTestServer } from '../testing/test-support';
import type { TestServer } from '../testing/test-support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the demo organization', () => {
  it('holds only trusts the API itself would accept', () => {
    const rows = server.store.db
      .prepare('SELECT r.name, t.conditions FROM role_trusts t JOIN roles r ON r.id = t.role_id')
      .all() as { name: string; conditions: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const parsed = conditionsSchema.safeParse(JSON.parse(row.conditions));
      expect(parsed.success, `${row.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });
});

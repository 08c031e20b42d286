import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

/**
 * A page on another origin (another port of the same host) tries to make the console act for
 * it: a CORS fetch with the console's header, a no-cors fetch, and a classic form POST.
 * Each must fail, and nothing may be created.
 */
let attacker: Server;
let attackerUrl: string;

test.beforeAll(async () => {
  const target = process.env.E2E_BASE_URL!;
  const page = `<!doctype html><html><body>
    <form id="csrf" method="POST" action="${target}/api/v2/roles" enctype="text/plain">
      <input name='{"name":"pwned-by-form","role_type":"assignable","x":"' value='"}'>
    </form>
    <script>
      window.attackFetch = () =>
        fetch('${target}/api/v2/roles', {
          method: 'POST',
          headers: { 'X-Console-Request': '1', 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: 'pwned-by-fetch', role_type: 'assignable' }),
        }).then((r) => 'answered ' + r.status, (e) => 'failed: ' + e.name);
      window.attackNoCors = () =>
        fetch('${target}/api/v2/roles', {
          method: 'POST',
          mode: 'no-cors',
          headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify({ name: 'pwned-by-no-cors', role_type: 'assignable' }),
        }).then((r) => 'opaque ' + r.type, (e) => 'failed: ' + e.name);
    </script></body></html>`;
  attacker = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(page);
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
});
test.afterAll(async () => {
  await new Promise((resolve) => attacker.close(resolve));
});

test('a page on another origin cannot make the console forward anything', async ({ page, api }) => {
  const consoleStatuses: number[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/v2/roles')) consoleStatuses.push(r.status());
  });
  await page.goto(attackerUrl);

  // The browser sends the preflight; without a CORS grant the POST never leaves.
  expect(
    await page.evaluate(() =>
      (window as unknown as { attackFetch: () => Promise<string> }).attackFetch(),
    ),
  ).toBe('failed: TypeError');
  // A no-cors request cannot carry X-Console-Request, so the server refuses it; and the refusal
  // itself is withheld from the page (Cross-Origin-Resource-Policy: same-origin).
  expect(
    await page.evaluate(() =>
      (window as unknown as { attackNoCors: () => Promise<string> }).attackNoCors(),
    ),
  ).toBe('failed: TypeError');
  // The form POST navigates to the console, which refuses it.
  const [navigation] = await Promise.all([
    page.waitForResponse(
      (r) =>
        r.url().includes('/api/v2/roles') &&
        r.request().method() === 'POST' &&
        r.request().resourceType() === 'document',
    ),
    page.locator('#csrf').evaluate((form: HTMLFormElement) => form.submit()),
  ]);
  expect(navigation.status()).toBe(403);
  expect(consoleStatuses.filter((s) => s < 400)).toEqual([]);

  const roles = await api.request<{ roles: { name: string }[] }>('GET', '/v2/roles?per_page=500');
  expect(roles.roles.filter((r) => r.name.startsWith('pwned'))).toEqual([]);
});

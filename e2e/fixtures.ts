import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { OrganizationPage } from './pages/organization-page';

/** Calls the console's /v2 API (the emulator) as the owner, to seed and to check. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly key: string,
  ) {}

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.key}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

// axe-core's own script, injected into the page as it is and run there once: the Playwright
// wrapper runs the rules in two phases and opens a second page to merge them, which costs more
// than the check itself.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Lets the page's finite transitions end (spinners run for ever). */
async function settleTransitions(page: Page) {
  await page.evaluate(async () => {
    for (let round = 0; round < 3; round++) {
      const running = document
        .getAnimations()
        .filter(
          (a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity,
        );
      if (running.length === 0) return;
      await Promise.race([
        Promise.allSettled(running.map((a) => a.finished)),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]);
    }
  });
}

/** The serious and critical violations axe finds on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's Content-Security-Policy allows.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
    };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Asserts that axe finds no serious or critical violation on the page as it is now. Colours are
 * read as they are on screen: a dialog or notice still fading in has too little contrast, so the
 * page's transitions end first; and since a notice may begin to fade in while axe reads the page,
 * a contrast finding is read once more after they end again (a real one is found both times).
 */
export async function expectNoSeriousA11yViolations(page: Page) {
  await settleTransitions(page);
  let serious = await seriousViolations(page);
  if (serious.some((v) => v.startsWith('color-contrast:'))) {
    await settleTransitions(page);
    serious = await seriousViolations(page);
  }
  expect(serious).toEqual([]);
}

export const test = base.extend<{
  api: ApiClient;
  organization: OrganizationPage;
  modeLabel: string;
}>({
  // A route handler still fetching when a test ends (a refetch on its way out) must not fail the run.
  page: async ({ page }, use) => {
    await use(page);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  },
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
  /** Seeds and checks through the Vultr API itself: the console's own /v2, or its upstream in live mode. */
  api: async ({}, use) => {
    const apiUrl = process.env.E2E_API_URL ?? process.env.E2E_BASE_URL!;
    await use(new ApiClient(apiUrl, process.env.E2E_OWNER_KEY!));
  },
  /** How the top bar names the mode: "Embedded", or "Live · <upstream host>". */
  modeLabel: async ({}, use) => {
    const health = (await (await fetch(`${process.env.E2E_BASE_URL}/healthz`)).json()) as {
      mode: string;
      upstream: { host: string };
    };
    await use(health.mode === 'embedded' ? 'Embedded' : `Live · ${health.upstream.host}`);
  },
  organization: async ({ page }, use) => {
    await use(new OrganizationPage(page));
  },
});

export { expect };

/**
 * The run is against a contract-minimal upstream (`npm run test:e2e:live`): replies carry only the
 * fields Vultr's sources show and the emulator's own routes answer 404. A test that needs one of
 * the emulator's additions is skipped there, with its reason.
 */
export const contractMinimal = process.env.E2E_CONTRACT_MINIMAL === '1';

/** A short random tag for names, so tests never collide with each other or with earlier runs. */
export const suffix = () => randomBytes(4).toString('hex');

/**
 * Moves the single-page app to `path` the way its own links do (history + popstate): no reload,
 * so whatever the app holds in memory (its query cache) stays. `page.goto` would start afresh.
 */
export async function navigateInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
}

/**
 * Holds back the page's requests whose URL matches `url` until the returned function is called:
 * a slow API, on cue, to look at what the page shows meanwhile.
 */
export async function holdRequests(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.fallback();
  });
  return release;
}

/**
 * Does `act` to an element and then, in the same task, what the user does next (`then`): the page
 * gets no chance to render in between, as when a fast typist or a slow machine is quicker than
 * React. What the console decides on the second event must not rest on a render after the first.
 */
export async function actThenAtOnce(
  target: Locator,
  act: 'type' | 'click',
  then: { key: 'Escape' } | { click: Locator },
  text = '',
) {
  const next = 'click' in then ? await then.click.elementHandle() : null;
  await target.evaluate(
    (el, { act, text, key, next }) => {
      if (act === 'click') {
        (el as HTMLElement).click();
      } else {
        const field = el as HTMLInputElement | HTMLTextAreaElement;
        const proto =
          field instanceof HTMLTextAreaElement
            ? HTMLTextAreaElement.prototype
            : HTMLInputElement.prototype;
        // The prototype's setter, so that React sees a change and not its own value.
        Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, field.value + text);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
      if (next) (next as HTMLElement).click();
      else el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    },
    { act, text, key: 'key' in then ? then.key : '', next },
  );
}

/**
 * Which of the two runs a test belongs to. `npm test` runs each test once where it proves most:
 * against the contract-minimal live upstream (`npm run test:e2e:live`), unless it is tagged.
 *
 * BROWSER_ONLY: tests of the browser alone (keyboard, focus, Escape, accessibility, history) behave
 * the same whichever API the console talks to: they run in embedded mode only.
 */
export const BROWSER_ONLY = { tag: '@browser-only' };
/**
 * EMBEDDED_TOO: tests whose checks differ by mode (the emulator's additions, the embedded-only
 * Call as, tokens minted in the page, the mode in the top bar) run in embedded mode as well.
 */
export const EMBEDDED_TOO = { tag: '@embedded-too' };

import type { FastifyInstance } from 'fastify';

/** Route config flag: the route only refuses its methods, so they do not count as allowed. */
export const OTHER_METHODS_REFUSED = 'refusesItsMethods';

/**
 * Remembers every route's path pattern and methods, so that a request whose path exists but
 * whose method does not can be told 405 with an Allow header instead of 404.
 */
export function trackRoutes(app: FastifyInstance) {
  const routes: { key: string; pattern: RegExp; methods: Set<string> }[] = [];
  app.addHook('onRoute', (route) => {
    if ((route.config as Record<string, unknown> | undefined)?.[OTHER_METHODS_REFUSED]) return;
    const source = `^${route.url.replace(/\/+$/, '').replace(/:[^/]+/g, '[^/]+')}/?$`;
    let entry = routes.find((r) => r.key === source);
    if (!entry) {
      entry = { key: source, pattern: new RegExp(source), methods: new Set() };
      routes.push(entry);
    }
    for (const m of [route.method].flat()) entry.methods.add(m);
  });
  return (path: string): string[] | null => {
    const found = routes.find((r) => r.pattern.test(path));
    return found ? [...found.methods].filter((m) => m !== 'HEAD').sort() : null;
  };
}

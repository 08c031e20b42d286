import { describe, expect, it } from 'vitest';
import { isLoopbackHost, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to embedded mode on 127.0.0.1:8080 with ./data', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 8080, host: '127.0.0.1', mode: 'embedded', upstream: null });
    expect(c.dataDir).toMatch(/\/data$/);
  });

  it('switches to live mode with UPSTREAM', () => {
    const c = loadConfig({ UPSTREAM: 'https://api.vultr.com/', VULTR_API_KEY: 'k' });
    expect(c).toMatchObject({ mode: 'live', upstream: 'https://api.vultr.com', vultrApiKey: 'k' });
  });

  it.each([
    [{ PORT: '70000' }, 'PORT must be between 0 and 65535'],
    [{ PORT: 'eighty' }, 'PORT must be a number'],
    [{ UPSTREAM: 'ftp://x' }, 'UPSTREAM'],
    [{ HOST: '0.0.0.0' }, 'CONSOLE_TOKEN'],
    [{ HOST: '192.0.2.10' }, 'not a loopback address'],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('allows a non-loopback HOST with a CONSOLE_TOKEN', () => {
    expect(loadConfig({ HOST: '0.0.0.0', CONSOLE_TOKEN: 'a-long-enough-token' }).host).toBe(
      '0.0.0.0',
    );
  });

  it('reads OIDC_DISCOVERY_ALLOW as a list of base URLs (none by default)', () => {
    expect(loadConfig({}).oidcDiscoveryAllow).toEqual([]);
    expect(
      loadConfig({ OIDC_DISCOVERY_ALLOW: 'http://127.0.0.1:9000,https://idp.internal' })
        .oidcDiscoveryAllow,
    ).toEqual(['http://127.0.0.1:9000', 'https://idp.internal']);
    expect(() => loadConfig({ OIDC_DISCOVERY_ALLOW: 'http://127.0.0.1:9000,ftp://x' })).toThrow(
      'OIDC_DISCOVERY_ALLOW must be a comma-separated list of http(s) base URLs without credentials, query or fragment; not ftp://x',
    );
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost'].every(isLoopbackHost)).toBe(
      true,
    );
    expect(['0.0.0.0', '::', '10.0.0.1', 'example.com'].some(isLoopbackHost)).toBe(false);
  });
});

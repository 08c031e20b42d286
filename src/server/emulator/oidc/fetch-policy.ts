/**
 * Which URLs the server may fetch an issuer's discovery document or keys from: any `https` URL,
 * and plain `http` only under the development issuer's own address or an address the operator
 * allows (OIDC_DISCOVERY_ALLOW). Nothing else is ever requested, so registering an issuer cannot
 * be used to reach arbitrary local ports.
 */
export interface FetchPolicy {
  /** Why the URL may not be fetched, or null when it may. */
  refusal(url: string): string | null;
}

export interface FetchPolicyOptions {
  /**
   * Base addresses (`http://host:port` with an optional path) whose URLs may be fetched; read on
   * every check.
   */
  allow?: readonly string[];
  /** The development issuer's URI, once the server knows its own address. */
  devIssuerUri?: () => string | null;
}

interface Prefix {
  origin: string;
  /** Path without a trailing slash; "" matches every path of the origin. */
  path: string;
}

function prefixOf(address: string): Prefix | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return { origin: url.origin, path: url.pathname.replace(/\/+$/, '') };
}

const under = (url: URL, prefix: Prefix) =>
  url.origin === prefix.origin &&
  (prefix.path === '' ||
    url.pathname === prefix.path ||
    url.pathname.startsWith(`${prefix.path}/`));

/** Parses an allow list as written in the environment: comma- or space-separated base URLs. */
export function parseAllowList(value: string): { entries: string[]; invalid: string[] } {
  const entries: string[] = [];
  const invalid: string[] = [];
  for (const item of value.split(/[\s,]+/).filter(Boolean)) {
    const prefix = prefixOf(item);
    const url = prefix ? new URL(item) : null;
    const clean =
      url !== null &&
      url.username === '' &&
      url.password === '' &&
      url.search === '' &&
      url.hash === '' &&
      !item.includes('?') &&
      !item.includes('#');
    if (clean) entries.push(item);
    else invalid.push(item);
  }
  return { entries, invalid };
}

export function fetchPolicy(options: FetchPolicyOptions = {}): FetchPolicy {
  const allowed = () => (options.allow ?? []).map(prefixOf).filter((p): p is Prefix => p !== null);
  return {
    refusal(address) {
      let url: URL;
      try {
        url = new URL(address);
      } catch {
        return 'must be an absolute https URL';
      }
      if (url.protocol === 'https:') return null;
      if (url.protocol !== 'http:') return 'must be an https URL';
      const dev = options.devIssuerUri?.();
      const devPrefix = dev ? prefixOf(dev) : null;
      if (devPrefix && under(url, devPrefix)) return null;
      if (allowed().some((prefix) => under(url, prefix))) return null;
      return 'must be an https URL: this server fetches plain-http issuers only from the addresses its operator allows (OIDC_DISCOVERY_ALLOW)';
    },
  };
}

/** Fetches only https URLs. */
export const HTTPS_ONLY: FetchPolicy = fetchPolicy();

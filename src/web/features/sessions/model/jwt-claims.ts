/** The claims the console reads from a web identity token, without verifying it (STS does that). */
export interface JwtClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  exp?: number;
}

function decodeBase64Url(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The payload of a compact JWS, or null when the text is not one. */
export function readJwtClaims(token: string): JwtClaims | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const payload: unknown = JSON.parse(decodeBase64Url(parts[1]));
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
    const p = payload as Record<string, unknown>;
    const claims: JwtClaims = {};
    if (typeof p.iss === 'string') claims.iss = p.iss;
    if (typeof p.sub === 'string') claims.sub = p.sub;
    if (typeof p.aud === 'string' || Array.isArray(p.aud)) {
      claims.aud = Array.isArray(p.aud) ? p.aud.filter((a) => typeof a === 'string') : p.aud;
    }
    if (typeof p.exp === 'number') claims.exp = p.exp;
    return claims;
  } catch {
    return null;
  }
}

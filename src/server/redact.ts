/** Patterns of secrets that may appear in URLs or messages: session tokens, Bearer values, JWTs. */
const SECRET_PATTERNS: RegExp[] = [
  /ars-[A-Za-z0-9_-]+/g,
  /(Bearer\s+)[^\s"']+/gi,
  /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
];

export function redactText(text: string, extraSecrets: string[] = []): string {
  let out = text;
  for (const secret of extraSecrets) if (secret) out = out.split(secret).join('[redacted]');
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (match, prefix?: unknown) =>
      typeof prefix === 'string' ? `${prefix}[redacted]` : '[redacted]',
    );
  }
  return out;
}

export function redactUrl(url: string): string {
  return redactText(url);
}

/** A failure the CLI reports in one sentence on stderr, with its exit status. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 1: the call failed; 2: the command line was wrong. */
    readonly exitCode: number = 1,
  ) {
    super(message);
  }
}

/** A command line that cannot be run: reported with the usage hint, exit status 2. */
export class UsageError extends CliError {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message, 2);
  }
}

/**
 * Removes every secret the CLI holds from a text bound for stderr. Upstream messages echo what
 * they were sent; none should carry a key or token, but a stray echo must not leak one.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    out = out.split(secret).join('[redacted]');
  }
  return out;
}

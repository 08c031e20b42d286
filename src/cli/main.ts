import { flag, parseArgs, withValue } from './args';
import type { OptionSpec, ParsedArgs } from './args';
import { obtainCredentials } from './credentials';
import type { Context, RoleRequest } from './credentials';
import { CliError, redact, UsageError } from './errors';
import { roleEnvironment, runAs, signalStatus } from './exec';
import { EXPORT_FORMATS, exportAs, processJson } from './formats';
import type { ExportFormat } from './formats';
import { HELP } from './help';
import { closeNames } from './names';
import { DEFAULT_ENDPOINT, endpointOf, lookupKeyOf } from './settings';
import type { Env } from './settings';

export const PROGRAM = 'vultr-iam-console';

export interface Io {
  env: Env;
  /** Where results go: the only place a secret is ever written. */
  stdout: (text: string) => void;
  /** Errors and notes; scrubbed of every secret the run has seen. */
  stderr: (text: string) => void;
}

/** How the run ended: an exit status, or (exec) the signal that ended the command. */
export type Outcome =
  { code: number } | { signal: NodeJS.Signals; status: number; release: () => void };

const ROLE_SPECS: OptionSpec[] = [
  withValue('role'),
  withValue('session-name'),
  withValue('duration'),
  withValue('web-identity-token-file'),
  withValue('organization'),
  withValue('endpoint'),
  flag('help'),
];

const COMMANDS: Record<string, readonly OptionSpec[]> = {
  'credential-process': ROLE_SPECS,
  exec: ROLE_SPECS,
  export: [...ROLE_SPECS, withValue('format')],
  profiles: [
    withValue('command'),
    withValue('session-name'),
    withValue('duration'),
    withValue('user'),
    withValue('organization'),
    withValue('endpoint'),
    flag('help'),
  ],
};

function roleRequest(args: ParsedArgs, command: string): RoleRequest {
  const o = args.options;
  if (o.role === undefined) throw new UsageError('--role is required', command);
  return {
    role: o.role,
    sessionName: o['session-name'],
    duration: o.duration,
    organization: o.organization,
    tokenFile: o['web-identity-token-file'],
    endpoint: o.endpoint,
  };
}

function noPositional(args: ParsedArgs, command: string) {
  const extra = args.positional[0];
  if (extra !== undefined) {
    throw new UsageError(
      command === 'exec'
        ? `put the command to run after --: ${PROGRAM} exec --role <role> -- ${extra} …`
        : `unexpected argument "${extra}"`,
      command,
    );
  }
  if (command !== 'exec' && args.rest !== null) {
    throw new UsageError(`${command} runs no command (did you mean exec?)`, command);
  }
}

async function run(argv: readonly string[], io: Io, ctx: Context): Promise<Outcome> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(`${HELP.main}\n`);
    return { code: 2 };
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = rest[0];
    io.stdout(`${(topic && HELP[topic]) || HELP.main}\n`);
    return { code: 0 };
  }
  const specs = COMMANDS[command];
  if (!specs) {
    const close = closeNames(command, Object.keys(COMMANDS), 1);
    throw new UsageError(
      `unknown command "${command}"${close[0] ? ` (did you mean ${close[0]}?)` : ''}`,
    );
  }
  const args = parseArgs(rest, specs, command);
  if (args.options.help) {
    io.stdout(`${HELP[command]}\n`);
    return { code: 0 };
  }
  noPositional(args, command);

  switch (command) {
    case 'credential-process': {
      const got = await obtainCredentials(roleRequest(args, command), ctx, command);
      io.stdout(`${processJson(got.credentials)}\n`);
      return { code: 0 };
    }
    case 'export': {
      const format = (args.options.format ?? 'env') as ExportFormat;
      if (!EXPORT_FORMATS.includes(format)) {
        throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`, command);
      }
      const got = await obtainCredentials(roleRequest(args, command), ctx, command);
      io.stdout(`${exportAs(format, got.credentials, got.roleName)}\n`);
      return { code: 0 };
    }
    case 'exec': {
      if (args.rest === null || args.rest.length === 0) {
        throw new UsageError(
          `give the command to run after --: ${PROGRAM} exec --role <role> -- <command>`,
          command,
        );
      }
      const request = roleRequest(args, command);
      const got = await obtainCredentials(request, ctx, command);
      const { ended, release } = await runAs(args.rest, roleEnvironment(io.env, got.credentials));
      if ('code' in ended) {
        release();
        return { code: ended.code };
      }
      return { signal: ended.signal, status: signalStatus(ended.signal), release };
    }
    case 'profiles': {
      const o = args.options;
      const endpoint = endpointOf(o.endpoint, io.env);
      const key = lookupKeyOf(io.env, 'to list the roles you may assume');
      ctx.secrets.push(key);
      const [{ profilesText }, { VultrApi }, { durationOf, sessionNameOf }] = await Promise.all([
        import('./profiles'),
        import('./http'),
        import('./assume-flow'),
      ]);
      const text = await profilesText(
        new VultrApi(endpoint, key),
        {
          command: o.command?.trim() || PROGRAM,
          endpoint: endpoint === DEFAULT_ENDPOINT ? undefined : endpoint,
          user: o.user,
          organization: o.organization,
          sessionName:
            o['session-name'] === undefined ? undefined : sessionNameOf(o['session-name'], command),
          duration: durationOf(o.duration, command),
        },
        ctx.warn,
      );
      io.stdout(text);
      return { code: 0 };
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/**
 * Runs one command line. Results go to stdout; errors go to stderr as one line each (never a
 * secret), with exit status 1 (the call failed) or 2 (the command line was wrong).
 */
export async function main(argv: readonly string[], io: Io): Promise<Outcome> {
  const ctx: Context = {
    env: io.env,
    secrets: [],
    warn: (line) => io.stderr(`${redact(line, ctx.secrets)}\n`),
  };
  const envKey = io.env.VULTR_API_KEY?.trim();
  if (envKey) ctx.secrets.push(envKey);
  try {
    return await run(argv, io, ctx);
  } catch (error) {
    const known = error instanceof CliError;
    const message = known ? error.message : `unexpected error: ${String(error)}`;
    io.stderr(`${PROGRAM}: ${redact(message, ctx.secrets)}\n`);
    if (error instanceof UsageError) {
      io.stderr(
        `Run '${PROGRAM} ${error.command ?? ''}${error.command ? ' ' : ''}--help' for usage.\n`,
      );
    }
    return { code: known ? error.exitCode : 1 };
  }
}

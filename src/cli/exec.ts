import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { CliError } from './errors';
import { roleVariables } from './formats';
import type { Env } from './settings';
import type { AwsCredentials } from './sts';

/** How the command ended: its exit code, or the signal that ended it. */
export type Ended = { code: number } | { signal: NodeJS.Signals };

/**
 * The environment a command run as the role gets: the caller's, with the role's variables set and
 * the AWS profile variables dropped (a profile would win over the variables in some AWS tools).
 */
export function roleEnvironment(env: Env, c: AwsCredentials): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v !== undefined && k !== 'AWS_PROFILE' && k !== 'AWS_DEFAULT_PROFILE') out[k] = v;
  }
  for (const [k, v] of roleVariables(c)) out[k] = v;
  return out;
}

/**
 * Runs the command with the role's credentials in its environment (never in its arguments),
 * stdin/stdout/stderr passed through. Ctrl-C reaches the command from the terminal, so this
 * process only waits; SIGTERM and SIGHUP sent to it are passed on.
 */
export function runAs(
  command: readonly string[],
  env: Record<string, string>,
): Promise<{ ended: Ended; release: () => void }> {
  const [program, ...args] = command;
  if (!program) return Promise.reject(new CliError('exec needs a command after --'));
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: 'inherit', env });
    const wait = () => {};
    const pass = (signal: NodeJS.Signals) => child.kill(signal);
    const handlers: [NodeJS.Signals, (s: NodeJS.Signals) => void][] = [
      ['SIGINT', wait],
      ['SIGQUIT', wait],
      ['SIGTERM', pass],
      ['SIGHUP', pass],
    ];
    for (const [signal, handler] of handlers) process.on(signal, handler);
    const release = () => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      release();
      reject(
        new CliError(
          error.code === 'ENOENT'
            ? `command not found: ${program}`
            : `could not run ${program} (${error.code ?? error.message})`,
          error.code === 'ENOENT' ? 127 : 126,
        ),
      );
    });
    child.on('exit', (code, signal) => {
      resolve({ ended: signal ? { signal } : { code: code ?? 1 }, release });
    });
  });
}

/** The shell's exit status for a command ended by a signal: 128 + its number. */
export function signalStatus(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

import { UsageError } from './errors';

/** An option a subcommand accepts: a flag, or one that takes a value. */
export interface OptionSpec {
  readonly name: string;
  readonly value: boolean;
}

export interface ParsedArgs {
  /** Each option given, by name (a flag reads as `'true'`); the last one wins. */
  readonly options: Readonly<Record<string, string>>;
  /** Words that are not options. */
  readonly positional: readonly string[];
  /** What follows `--` (the command `exec` runs), or null when there was no `--`. */
  readonly rest: readonly string[] | null;
}

/**
 * Reads `--name value`, `--name=value`, flags, `-h` and `--`. An unknown option, a missing value
 * or a value given to a flag is a usage error naming it.
 */
export function parseArgs(
  argv: readonly string[],
  specs: readonly OptionSpec[],
  command: string,
): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const options: Record<string, string> = {};
  const positional: string[] = [];
  let rest: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      rest = argv.slice(i + 1);
      break;
    }
    if (word === '-h') {
      options.help = 'true';
      continue;
    }
    if (!word.startsWith('--') || word === '-') {
      if (word.startsWith('-') && word !== '-') {
        throw new UsageError(`unknown option ${word}`, command);
      }
      positional.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const name = word.slice(2, eq === -1 ? undefined : eq);
    const spec = byName.get(name);
    if (!spec) throw new UsageError(`unknown option --${name}`, command);
    if (!spec.value) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`, command);
      options[name] = 'true';
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = word.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        throw new UsageError(`--${name} needs a value`, command);
      }
      i += 1;
    }
    options[name] = value;
  }
  return { options, positional, rest };
}

export const flag = (name: string): OptionSpec => ({ name, value: false });
export const withValue = (name: string): OptionSpec => ({ name, value: true });

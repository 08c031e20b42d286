/** Where and why a text is not JSON, counted from 1 as editors count. */
export interface JsonProblem {
  line: number;
  column: number;
  reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const WHITESPACE = ' \t\n\r';
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function shown(c: string | undefined): string {
  if (c === undefined) return 'the end of the text';
  if (c === "'") return "' (JSON wants double quotes)";
  if (c === '\n') return 'a line break';
  return `'${c}'`;
}

/** A small JSON scanner: it only finds the first problem (JSON.parse does the parsing). */
function scan(s: string): void {
  let i = 0;
  const stop = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  const skipSpace = () => {
    while (i < s.length && WHITESPACE.includes(s[i]!)) i++;
  };

  const string = () => {
    i++; // the opening quote
    while (i < s.length) {
      const c = s[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const next = s[i + 1];
        if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) i += 6;
        else stop('invalid escape sequence in a string');
        continue;
      }
      if (c === '\n') stop('a string runs past the end of the line (a missing closing quote?)');
      if (c < ' ') stop('a control character inside a string');
      i++;
    }
    stop('the text ends inside a string (a missing closing quote?)');
  };

  const value = (): void => {
    skipSpace();
    const c = s[i];
    if (c === undefined) stop('the text ends where a value should follow');
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c! >= '0' && c! <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(s)) stop('not a valid number');
      i = NUMBER.lastIndex;
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (s.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    stop(`expected a value, found ${shown(c)}`);
  };

  // An object's members or an array's elements: `item` each, separated by commas, up to `close`.
  const list = (close: '}' | ']', item: () => void, what: string) => {
    i++;
    skipSpace();
    if (s[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      skipSpace();
      if (s[i] === ',') {
        i++;
        continue;
      }
      if (s[i] === close) {
        i++;
        return;
      }
      stop(`expected ',' or '${close}' after ${what}, found ${shown(s[i])}`);
    }
  };

  const member = () => {
    skipSpace();
    if (s[i] !== '"') stop(`expected a double-quoted property name, found ${shown(s[i])}`);
    string();
    skipSpace();
    if (s[i] !== ':') stop(`expected ':' after the property name, found ${shown(s[i])}`);
    i++;
    value();
  };

  const object = () => list('}', member, 'a property value');
  const array = () => list(']', value, 'an array element');

  value();
  skipSpace();
  if (i < s.length) stop(`unexpected ${shown(s[i])} after the end of the JSON value`);
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/**
 * Why `text` is not JSON and where, or null when it is. Browsers word JSON.parse's errors
 * differently and do not all give a position, so a scanner of our own finds it.
 */
export function findJsonProblem(text: string): JsonProblem | null {
  try {
    scan(text);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...position(text, error.offset), reason: error.reason };
  }
}

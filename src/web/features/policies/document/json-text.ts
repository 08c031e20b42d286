/** Where and why a JSON text does not parse, in words a person can act on. */
export interface JsonSyntaxError {
  /** "Unexpected token } at line 3, column 5". */
  message: string;
  line: number;
  column: number;
  /** Index into the text, for putting the caret there. */
  offset: number;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/**
 * JSON.parse, with a failure located by line and column. Engines word and place their own
 * errors differently (and some give no position at all), so the location comes from a small
 * strict scanner of our own; JSON.parse stays the judge of what is valid.
 */
export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      error: locateJsonError(text) ?? at(text, 0, (error as Error).message || 'Invalid JSON'),
    };
  }
}

/** 1-based line and column of an offset; a tab or a CR counts as one column. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function at(text: string, offset: number, what: string): JsonSyntaxError {
  const { line, column } = positionOf(text, offset);
  return { message: `${what} at line ${line}, column ${column}`, line, column, offset };
}

class Stop {
  constructor(
    readonly offset: number,
    readonly what: string,
  ) {}
}

/** The first place where `text` stops being JSON (RFC 8259), or null when it is JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  let i = 0;

  const unexpected = (offset: number): Stop => {
    if (offset >= text.length) return new Stop(offset, 'Unexpected end of JSON');
    const c = text[offset]!;
    if (c < ' ') return new Stop(offset, `Unexpected character U+${hex(c)}`);
    return new Stop(offset, `Unexpected token ${c}`);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (c: string) => {
    if (text[i] !== c) throw unexpected(i);
    i++;
  };

  const string = () => {
    expect('"');
    for (;;) {
      if (i >= text.length) throw unexpected(i);
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') throw new Stop(i, 'Unexpected line break or control character in a string');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === undefined) throw unexpected(i + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            throw new Stop(i, 'Invalid \\u escape in a string');
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) throw new Stop(i, `Invalid escape \\${e} in a string`);
        i += 2;
        continue;
      }
      i++;
    }
  };

  const digits = () => {
    const start = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    if (i === start) throw unexpected(i);
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };

  const literal = (word: string) => {
    for (const c of word) {
      if (text[i] !== c) throw unexpected(i);
      i++;
    }
  };

  // A scalar: string, number, true, false or null.
  const value = () => {
    skipSpace();
    const c = text[i];
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    throw unexpected(i);
  };

  // Containers are walked with an explicit stack: a deeply nested text must not overflow ours.
  const scan = () => {
    const open: ('{' | '[')[] = [];
    // `"name":` of an object member.
    const key = () => {
      skipSpace();
      if (text[i] !== '"') throw unexpected(i);
      string();
      skipSpace();
      expect(':');
    };
    // One value; an opening bracket only opens its container, the loop below walks it.
    const startValue = () => {
      for (;;) {
        skipSpace();
        const c = text[i];
        if (c !== '{' && c !== '[') return value();
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          return;
        }
        open.push(c);
        if (c === '{') key();
      }
    };
    startValue();
    while (open.length > 0) {
      skipSpace();
      const top = open[open.length - 1]!;
      if (text[i] === (top === '{' ? '}' : ']')) {
        i++;
        open.pop();
        continue;
      }
      if (text[i] !== ',') throw unexpected(i);
      i++;
      if (top === '{') key();
      startValue();
    }
    skipSpace();
    if (i < text.length) throw unexpected(i);
  };

  try {
    scan();
    return null;
  } catch (stop) {
    if (!(stop instanceof Stop)) throw stop;
    return at(text, stop.offset, stop.what);
  }
}

const hex = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

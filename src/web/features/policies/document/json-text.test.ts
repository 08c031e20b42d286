import { describe, expect, it } from 'vitest';
import { locateJsonError, parseJsonText, positionOf } from './json-text';

const messageOf = (text: string) => {
  const r = parseJsonText(text);
  return r.ok ? null : r.error.message;
};

describe('parseJsonText', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonText('{"a": [1, -2.5e3, true, null, "x\\n\\u00e9"]}')).toEqual({
      ok: true,
      value: { a: [1, -2500, true, null, 'x\né'] },
    });
  });

  it('names the unexpected token with its line and column', () => {
    const text = '{\n  "Statement": [\n    }\n';
    expect(parseJsonText(text)).toEqual({
      ok: false,
      error: {
        message: 'Unexpected token } at line 3, column 5',
        line: 3,
        column: 5,
        offset: text.indexOf('}'),
      },
    });
  });

  it.each([
    ['{"a": 1,}', 'Unexpected token } at line 1, column 9'],
    ['[1, 2,]', 'Unexpected token ] at line 1, column 7'],
    ["{'a': 1}", "Unexpected token ' at line 1, column 2"],
    ['{"a" 1}', 'Unexpected token 1 at line 1, column 6'],
    ['{"a": 1} x', 'Unexpected token x at line 1, column 10'],
    ['{"a": 01}', 'Unexpected token 1 at line 1, column 8'],
    ['{"a": -}', 'Unexpected token } at line 1, column 8'],
    ['{"a": tru}', 'Unexpected token } at line 1, column 10'],
    ['{\n  "a": [\n', 'Unexpected end of JSON at line 3, column 1'],
    ['', 'Unexpected end of JSON at line 1, column 1'],
    ['"abc', 'Unexpected end of JSON at line 1, column 5'],
    ['"a\nb"', 'Unexpected line break or control character in a string at line 1, column 3'],
    ['"\\q"', 'Invalid escape \\q in a string at line 1, column 2'],
    ['"\\u12G4"', 'Invalid \\u escape in a string at line 1, column 2'],
    ['[1]\u0001', 'Unexpected character U+0001 at line 1, column 4'],
  ])('%j → %s', (text, message) => expect(messageOf(text)).toBe(message));

  it('agrees with JSON.parse on what is valid', () => {
    const valid = [
      '0',
      '-0.5E+2',
      '"\\/\\b\\f"',
      ' {"a":{"b":[[],{}]}} ',
      '[{"x":[1,{"y":null}]}]',
    ];
    for (const text of valid) expect(locateJsonError(text)).toBeNull();
  });

  it('locates errors in deeply nested text without overflowing the stack', () => {
    const deep = '['.repeat(100_000);
    expect(locateJsonError(deep)?.message).toBe('Unexpected end of JSON at line 1, column 100001');
  });
});

describe('positionOf', () => {
  it('counts lines and columns from 1', () => {
    expect(positionOf('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
    expect(positionOf('ab\ncd', 5)).toEqual({ line: 2, column: 3 });
  });
});

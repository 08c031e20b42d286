import { describe, expect, it } from 'vitest';
import { findJsonProblem } from './json-problem';

describe('findJsonProblem', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of [
      '{}',
      ' [1, -2.5e3, "a\\u00e9\\n", true, false, null, {"k": []}] ',
      '{"kty": "RSA", "n": "abc", "e": "AQAB"}\n',
      '"just a string"',
    ]) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonProblem(text)).toBeNull();
    }
  });

  it('names the line, the column and what was expected', () => {
    expect(findJsonProblem('{\n  "kty": "RSA"\n  "e": "AQAB"\n}')).toEqual({
      line: 3,
      column: 3,
      reason: `expected ',' or '}' after a property value, found '"'`,
    });
    expect(findJsonProblem('{"kty": "RSA",}')).toEqual({
      line: 1,
      column: 15,
      reason: "expected a double-quoted property name, found '}'",
    });
    expect(findJsonProblem("{'kty': 'RSA'}")?.reason).toBe(
      "expected a double-quoted property name, found ' (JSON wants double quotes)",
    );
  });

  it('explains texts that stop early or go on too long', () => {
    expect(findJsonProblem('{"keys": [')).toMatchObject({
      line: 1,
      column: 11,
      reason: 'the text ends where a value should follow',
    });
    expect(findJsonProblem('{"n": "abc}')?.reason).toMatch(/ends inside a string/);
    expect(findJsonProblem('{} {}')).toMatchObject({ column: 4 });
    expect(findJsonProblem('{"e": tru}')?.reason).toBe("expected a value, found 't'");
    expect(findJsonProblem('[01]')?.reason).toBe(
      "expected ',' or ']' after an array element, found '1'",
    );
  });

  it('agrees with JSON.parse on every prefix of a real key', () => {
    const text = JSON.stringify(
      { keys: [{ kty: 'RSA', kid: 'a', e: 'AQAB', n: 'x-y_z' }] },
      null,
      2,
    );
    for (let end = 0; end <= text.length; end++) {
      const prefix = text.slice(0, end);
      let parses = true;
      try {
        JSON.parse(prefix);
      } catch {
        parses = false;
      }
      expect(findJsonProblem(prefix) === null).toBe(parses);
    }
  });
});

import { XMLValidator } from 'fast-xml-parser';

/**
 * Why a text is not a well-formed XML 1.0 document, or null when it is: every character must be
 * an XML `Char` (tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, or a paired surrogate) and the
 * markup must nest. For tests of everything the STS endpoint answers.
 */
export function xmlProblem(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return `unpaired surrogate U+${hex(c)} at ${i}`;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return `unpaired surrogate U+${hex(c)} at ${i}`;
    const allowed =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd);
    if (!allowed) return `character U+${hex(c)} at ${i} is not allowed in XML 1.0`;
  }
  const result = XMLValidator.validate(text);
  return result === true ? null : `${result.err.code}: ${result.err.msg} (line ${result.err.line})`;
}

const hex = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');

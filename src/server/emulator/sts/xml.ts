const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

/**
 * Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than tab, LF and CR,
 * unpaired surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- finding control characters is its purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe inside an element or attribute: the five markup characters as entities, and each
 * character XML cannot carry written out as the six characters `\uXXXX`, so the document stays
 * well-formed whatever a client sent.
 */
export function escapeXml(value: string): string {
  return value
    .replace(
      NOT_XML_CHAR,
      (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A tree of elements: strings become escaped text, objects nested elements, in insertion order. */
export type XmlTree = { [name: string]: string | number | XmlTree };

function render(tree: XmlTree): string {
  return Object.entries(tree)
    .map(([name, value]) =>
      typeof value === 'object'
        ? `<${name}>${render(value)}</${name}>`
        : `<${name}>${escapeXml(String(value))}</${name}>`,
    )
    .join('');
}

/** `<OpResponse><OpResult>…</OpResult><ResponseMetadata><RequestId>…` in the STS namespace. */
export function successXml(operation: string, result: XmlTree, requestId: string): string {
  return (
    `<${operation}Response xmlns="${STS_NS}">` +
    `<${operation}Result>${render(result)}</${operation}Result>` +
    `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata>` +
    `</${operation}Response>`
  );
}

export function errorXml(
  type: 'Sender' | 'Receiver',
  code: string,
  message: string,
  requestId: string,
): string {
  return (
    `<ErrorResponse xmlns="${STS_NS}">` +
    `<Error><Type>${type}</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error>` +
    `<RequestId>${escapeXml(requestId)}</RequestId>` +
    `</ErrorResponse>`
  );
}

/** RFC 3339 with Z and whole seconds, as AWS SDKs expect `Expiration`. */
export function stsTime(instant: Date): string {
  return `${instant.toISOString().slice(0, 19)}Z`;
}

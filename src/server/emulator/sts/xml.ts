const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

export function escapeXml(value: string): string {
  return value
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

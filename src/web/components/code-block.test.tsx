import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CodeBlock, prettyJson } from './code-block';

describe('CodeBlock', () => {
  it('is a focusable block named as a group, or as a region in a dialog', () => {
    const group = renderToStaticMarkup(
      <CodeBlock label="Policy document JSON">{prettyJson({ a: 1 })}</CodeBlock>,
    );
    expect(group).toMatch(/<pre[^>]*role="group"[^>]*aria-label="Policy document JSON"/);
    expect(group).toContain('tabindex="0"');
    expect(group).toContain('<code>{\n  &quot;a&quot;: 1\n}</code>');
    const region = renderToStaticMarkup(
      <CodeBlock label="JSON" role="region">
        {'{}'}
      </CodeBlock>,
    );
    expect(region).toContain('role="region"');
  });

  it('carries no role without a name: a captioned figure names it', () => {
    const html = renderToStaticMarkup(<CodeBlock>curl …</CodeBlock>);
    expect(html).not.toContain('role=');
    expect(html).not.toContain('aria-label');
  });
});

describe('prettyJson', () => {
  it('indents by two spaces and says null for nothing', () => {
    expect(prettyJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(prettyJson(undefined)).toBe('null');
  });
});

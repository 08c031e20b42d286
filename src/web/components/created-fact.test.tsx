import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NO_TIME } from '../lib/dates';
import { CreatedFact } from './entity-header';

describe('Created on a user, group, policy or role page', () => {
  it('names the zone the time is shown in', () => {
    const html = renderToStaticMarkup(<CreatedFact at="2026-11-22T15:04:00+00:00" />);
    expect(html).toContain('Created');
    // The old text stopped at the clock: "Nov 22, 2026, 3:04 PM (2 weeks ago)".
    expect(html).toMatch(/Nov 2[12], 2026, \d{1,2}:\d{2}\s?[AP]M [A-Za-z_/+-]+ \(.+\)/);
  });

  it('shows a dash when the API leaves the time out', () => {
    expect(renderToStaticMarkup(<CreatedFact at="" />)).toContain(`>${NO_TIME}<`);
  });
});

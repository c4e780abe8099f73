// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PipelineToolbar } from './PipelineToolbar';

afterEach(cleanup);

/** The pages the main navigation names: a filter option must not read like one of them. */
const PAGES = ['Pipeline', 'This week', 'Calendar', 'Buyers', 'Settings'];

describe('the stage filter', () => {
  it('names each notice stage in words no page of the app also uses', () => {
    render(<PipelineToolbar buyers={[]} shown={0} total={0} />);
    const options = within(screen.getByLabelText('Stage'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toContain('Pipeline notice');
    expect(options).toContain('Tender');
    for (const page of PAGES) expect(options).not.toContain(page);
  });
});

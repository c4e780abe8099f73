// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusAvailable, corpusJson } from '../../test/corpus';
import { LongText } from './LongText';
import { cutText, TITLE_LIMIT } from './long-text';

afterEach(cleanup);

const TENDER = 'contracts-finder/releases/cf-0cb08240-tender-819883.json';
const hasCorpus = corpusAvailable('LongText');

describe('cutText', () => {
  it('keeps text that fits, and ends a cut at a word with "…"', () => {
    expect(cutText('Car Park Security', 20)).toBe('Car Park Security');
    expect(cutText('Manvers Street and Bath Leisure Centre', 27)).toBe('Manvers Street and Bath…');
  });

  it('never splits an emoji (a surrogate pair) at the cut', () => {
    const cut = cutText(`${'a'.repeat(9)}😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(9)}…`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
  });
});

describe.runIf(hasCorpus)('LongText on a real title made long', () => {
  const title = (corpusJson(TENDER) as { tender: { title: string } }).tender.title;

  it('shows a short title whole, with no button', () => {
    render(<LongText text={title} limit={TITLE_LIMIT} />);
    expect(screen.getByText(title)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('cuts a 1 MB title and shows the whole of it on "Show all", and less again', () => {
    const long = `${title} ${'Security'.repeat(131_072)}`;
    const { container } = render(<LongText text={long} limit={TITLE_LIMIT} />);
    const showAll = screen.getByRole('button', { name: 'Show all (1,048,641 characters)' });
    expect(showAll.getAttribute('aria-expanded')).toBe('false');
    expect(container.textContent.startsWith(title)).toBe(true);
    expect(container.textContent.length).toBeLessThan(TITLE_LIMIT + 50);
    fireEvent.click(showAll);
    expect(container.textContent).toContain(long);
    fireEvent.click(screen.getByRole('button', { name: 'Show less' }));
    expect(container.textContent.length).toBeLessThan(TITLE_LIMIT + 50);
  });
});

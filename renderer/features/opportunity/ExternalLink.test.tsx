// @vitest-environment jsdom
/** Leaving Bid Desk for a link in a real notice: the address is seen before the browser opens. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import { SEEDS, seedBytes } from '../../../test/corpus';
import { ExternalLink, LinkedText } from './ExternalLink';

const opened = vi.hoisted(() => vi.fn());
vi.mock('../../app/actions', () => ({ openExternal: opened }));

afterEach(() => {
  cleanup();
  opened.mockClear();
});

/** The first web address in a real notice, as the import gives it. */
function addressInSeed(): string {
  const result = importNoticeFile({
    name: SEEDS.westMidlands,
    bytes: seedBytes(SEEDS.westMidlands),
  });
  if (!result.ok) throw new Error(result.error.message);
  const found = /"(https:\/\/[^"]+)"/.exec(JSON.stringify(result.opportunities[0]));
  if (!found) throw new Error('no address in the seed');
  return found[1] as string;
}

describe('ExternalLink', () => {
  it('opens an address shown as itself straight away', () => {
    const href = addressInSeed();
    render(<LinkedText text={`See ${href} for the documents.`} />);
    fireEvent.click(screen.getByRole('link'));
    expect(opened).toHaveBeenCalledWith(href);
  });

  it('shows the address behind other words and opens it only when the user confirms', () => {
    const href = addressInSeed();
    render(<ExternalLink href={href}>Tender documents</ExternalLink>);
    fireEvent.click(screen.getByRole('link', { name: /Tender documents/ }));
    expect(opened).not.toHaveBeenCalled();
    const check = screen.getByRole('group', { name: /Leave Bid Desk/ });
    expect(check.textContent).toContain(`This opens ${href} in your browser.`);

    // The question takes the keyboard; Cancel gives it back to the link.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(opened).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: /Tender documents/ }));

    // Escape closes it too.
    fireEvent.click(screen.getByRole('link', { name: /Tender documents/ }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Open' }), { key: 'Escape' });
    expect(screen.queryByRole('group')).toBeNull();
    expect(opened).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('link', { name: /Tender documents/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(opened).toHaveBeenCalledWith(href);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('shows a link that is not http(s) as plain text, never as a link', () => {
    render(<ExternalLink href="file:///etc/passwd">website</ExternalLink>);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('website')).toBeTruthy();
  });
});

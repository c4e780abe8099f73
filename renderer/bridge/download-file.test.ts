// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from './download-file';

// jsdom has no object URLs; the test supplies them and puts things back afterwards.
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
afterEach(() => {
  vi.useRealTimers();
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});

describe('downloadFile', () => {
  it('offers the data as a named download and frees the object URL afterwards', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const revoked: string[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return `blob:bid-desk/${blobs.length}`;
    };
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    const clicked: HTMLAnchorElement[] = [];
    const onClick = (event: MouseEvent): void => {
      clicked.push(event.target as HTMLAnchorElement);
      event.preventDefault(); // jsdom would otherwise try to navigate
    };
    document.addEventListener('click', onClick);

    downloadFile('deadlines.ics', 'text/calendar', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');

    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('deadlines.ics');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:bid-desk/1');
    expect(document.querySelector('a')).toBeNull();
    expect(blobs[0]?.type).toBe('text/calendar');
    expect(await blobs[0]?.text()).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(revoked).toEqual([]);
    vi.runAllTimers();
    expect(revoked).toEqual(['blob:bid-desk/1']);
    document.removeEventListener('click', onClick);
  });
});

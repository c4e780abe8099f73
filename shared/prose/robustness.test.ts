/**
 * The prose readers run on whatever a notice file holds: they must never throw, must return
 * well-formed instants, and must finish quickly on hostile input (no catastrophic backtracking).
 */
import { describe, expect, it } from 'vitest';
import { Instant } from '../notice/model';
import {
  findDates,
  findEngagement,
  findLotsInProse,
  findOnlineUrl,
  findTimes,
  findUrls,
  parseMoney,
  parseTime,
  parseWeightingText,
  repairText,
  timeFromDescription,
  weightFromDescription,
} from './index';

function runAll(text: string): void {
  repairText(text);
  parseMoney(text);
  parseTime(text);
  findTimes(text);
  findUrls(text);
  findOnlineUrl(text);
  for (const d of findDates(text, { defaultYear: 2026 }))
    expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const e = findEngagement(text, 'f');
  const instants = [
    ...e.events.flatMap((x) => [x.start, x.end ?? x.start]),
    ...e.signUpDeadlines.map((x) => x.at),
    ...e.responseDeadlines.map((x) => x.at),
  ];
  for (const at of instants) expect(Instant.safeParse(at).success).toBe(true);
  for (const x of [...e.events, ...e.signUpDeadlines, ...e.responseDeadlines]) {
    expect(x.source.snippet.length).toBeLessThanOrEqual(210);
  }
  const t = timeFromDescription('2026-06-08T23:59:59+01:00', text, 'f');
  expect(Instant.safeParse(t.start).success).toBe(true);
  findLotsInProse(text, 'f');
  parseWeightingText(text, 'f');
  weightFromDescription(text);
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TOKENS = [
  '14th',
  'May',
  '2026',
  '-',
  '4pm',
  'at',
  '10:00',
  'Lot',
  'A',
  '(Lot B)',
  'PS704,000',
  '£1.5m',
  '%',
  '85%',
  'by',
  'before',
  'event',
  'commence',
  'https://teams.microsoft.com/x',
  'Join:',
  '.',
  ',',
  '(',
  ')',
  '\n',
  '\r\n',
  '•',
  '&',
  'and',
  'noon',
  'midday',
  'on',
  'the',
  'Friday',
  '2026-03-29T01:30:00Z',
  '29/03/2026',
  'per annum',
  'register',
  'conclude at approximately',
  '11:30',
  '🙂',
  '\u0000',
  '\u00a0',
  'é',
  '\ud800',
];

describe('robustness', () => {
  it('handles empty and whitespace-only text', () => {
    for (const text of ['', ' ', '\n\n', '\u00a0']) runAll(text);
    expect(findEngagement('', 'f')).toEqual({
      events: [],
      signUpDeadlines: [],
      responseDeadlines: [],
    });
  });

  it('handles random unicode', () => {
    const next = random(1);
    for (let n = 0; n < 50; n++) {
      const chars = Array.from({ length: 500 }, () =>
        String.fromCharCode(Math.floor(next() * 0xffff)),
      );
      runAll(chars.join(''));
    }
  });

  it('handles 100k characters of notice-like tokens', () => {
    const next = random(2);
    const parts: string[] = [];
    let length = 0;
    while (length < 100_000) {
      const token = TOKENS[Math.floor(next() * TOKENS.length)] as string;
      parts.push(token);
      length += token.length + 1;
    }
    runAll(parts.join(' '));
  });

  it.each([
    ['digits', '1'.repeat(200_000)],
    ['spaces', ' '.repeat(200_000)],
    ['dates', '14th May '.repeat(22_000)],
    ['dates with years and times', 'on 1 May 2026 at 10:00 event by '.repeat(6_000)],
    ['lot headings', 'Lot A - '.repeat(25_000)],
    ['percentages', '10% '.repeat(50_000)],
    ['brackets', '('.repeat(200_000)],
    ['connectors', 'at '.repeat(66_000) + 'X'],
    ['money', 'PS1,'.repeat(50_000)],
    ['links and dates', 'https://a.b/ 1 May 2026 '.repeat(8_000)],
    ['sentence stops', '. A'.repeat(66_000)],
    ['numeric dates', '1/1/'.repeat(50_000)],
    ['times', '1.1am 1:1 '.repeat(20_000)],
    ['capitals before a lot mention', 'Aa '.repeat(66_000) + '(Lot A)'],
    ['a list of days', '1 & 2 & '.repeat(25_000) + 'May 2026'],
    ['lists of days', '2nd & 3rd May 2026 event '.repeat(8_000)],
    ['ranges across months', '30 November - 2 December 2022 held '.repeat(6_000)],
    ['weekday ranges', 'Monday 1 - Tuesday 2 - '.repeat(9_000) + '3 May 2026'],
    ['bulleted lots', '• Lot 1 - A\r\n'.repeat(15_000)],
    ['bulleted weights', '• Quality 10%\n'.repeat(14_000)],
  ])('returns on a 200k-character adversarial string: %s', (_name, text) => {
    runAll(text);
  });
});

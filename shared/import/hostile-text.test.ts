/**
 * Hostile text in a real notice: FTS notice 083563-2026 (Science Museum Group), edited here to
 * carry bidi overrides, zero-width, control and tag characters in its fields, and garbage
 * deadlines. What a user sees must show each of them; no deadline may vanish silently.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusJson, SEEDS, seedBytes } from '../../test/corpus';
import type { Json } from '../ocds/read';
import type { Opportunity } from '../notice/model';
import { readNoticePage } from '../page/read-notice-page';
import { showHiddenCharacters, withoutControlCharacters } from '../notice/hidden-characters';
import { importNoticeFile, type ImportResult } from './engine';

const hasCorpus = corpusAvailable('hostile text suite');

/** The real notice with `edit` applied to its one release. */
function editedNotice(edit: (release: Json, tender: Json) => void): unknown {
  const pkg = corpusJson('fts/members/083563-2026.json') as { releases: Json[] };
  const release = pkg.releases[0] as Json;
  edit(release, release.tender as Json);
  return pkg;
}

function importJson(json: unknown): ImportResult {
  return importNoticeFile({
    name: 'notice.json',
    bytes: new TextEncoder().encode(JSON.stringify(json)),
  });
}

function onlyOpportunity(result: ImportResult): Opportunity {
  if (!result.ok) throw new Error(result.error.message);
  expect(result.opportunities).toHaveLength(1);
  return result.opportunities[0] as Opportunity;
}

describe.runIf(hasCorpus)('hostile text in a real notice', () => {
  const hostile = editedNotice((release, tender) => {
    // Displays as "NHS trust Buyer" where bidi overrides are obeyed.
    (release.buyer as Json).name = '\u202Etsurt SHN\u202C Buyer';
    ((release.parties as Json[])[0] as Json).name = '\u202Etsurt SHN\u202C Buyer';
    tender.title = 'Wonderlab\u001b[2J\u0007\u0000 Interactives';
    tender.description = `Science\u200BMuseum \u2066Group\u2069 tag\u{E0041}\u{E0042} ${String(tender.description)}`;
    // Displays as "Invoice exe.pdf".
    ((tender.documents as Json[])[0] as Json).title = 'Invoice \u202Efdp.exe';
  });

  it('shows each bidi, zero-width, control and tag character as its code point', () => {
    const o = onlyOpportunity(importJson(hostile));
    expect(o.buyer.name).toBe('[U+202E]tsurt SHN[U+202C] Buyer');
    expect(o.title).toBe('Wonderlab[U+001B][2J[U+0007][U+0000] Interactives');
    expect(o.description).toMatch(
      /^Science\[U\+200B\]Museum \[U\+2066\]Group\[U\+2069\] tag\[U\+E0041\]\[U\+E0042\] This tender invites/,
    );
    expect(o.documents[0]?.title).toBe('Invoice [U+202E]fdp.exe');
  });

  it('leaves no hidden character anywhere in what it stores', () => {
    const stored = JSON.stringify(onlyOpportunity(importJson(hostile)));
    // JSON.stringify writes C0 controls as \u escapes: look for those and the raw others.
    expect(stored).not.toMatch(
      /\\u00[01][0-9a-f]|[\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/i,
    );
    expect(stored).not.toMatch(/\udb40[\udc00-\udc7f]/);
  });

  it('keeps the rest of the notice as it was', () => {
    const plain = onlyOpportunity(importJson(editedNotice(() => undefined)));
    const o = onlyOpportunity(importJson(hostile));
    expect(o.ocid).toBe(plain.ocid);
    expect(o.keyDates).toEqual(plain.keyDates);
    expect(o.lots.map((l) => l.title)).toEqual(plain.lots.map((l) => l.title));
    expect(plain.buyer.name).toBe('Science Museum Group');
  });

  it('marks the printed fields of a saved notice page (a seed, edited) the same way', () => {
    const text = new TextDecoder()
      .decode(seedBytes(SEEDS.staffordshireStalking))
      .replace('\nProvision of a Stalking', '\nProvision\u202Efdp.exe of a Stalking')
      .replace('POLICE, FIRE', '\u0007\u001b[2JPOLICE, FIRE');
    const page = readNoticePage(text);
    expect(page?.heading.title).toBe(
      'Provision[U+202E]fdp.exe of a Stalking Service in Staffordshire & Stoke-on-Trent',
    );
    expect(page?.heading.buyer).toBe(
      '[U+0007][U+001B][2JPOLICE, FIRE & CRIME COMMISSIONER FOR STAFFORDSHIRE',
    );
  });
});

describe.runIf(hasCorpus)('deadlines a notice gives but no date can be read from', () => {
  const garbage = editedNotice((_release, tender) => {
    tender.tenderPeriod = { endDate: '9999999-99-99' };
    tender.enquiryPeriod = { endDate: 'next Friday\u202E' };
    ((tender.lots as Json[])[1] as Json).tenderPeriod = { endDate: 'x'.repeat(5000) };
  });

  it('warns on the opportunity (its "Check with the buyer" list) with the text it had', () => {
    const o = onlyOpportunity(importJson(garbage));
    expect(o.keyDates.map((d) => d.kind)).not.toContain('submissionDeadline');
    const unreadable = (o.warnings ?? []).filter((w) => w.code === 'deadline-unreadable');
    expect(unreadable.map((w) => w.message)).toEqual([
      'The notice gives the clarification deadline as “next Friday[U+202E]”, which is not a date Bid Desk can read, so it is missing from the key dates; check the deadline with the buyer.',
      'The notice gives the submission deadline as “9999999-99-99”, which is not a date Bid Desk can read, so it is missing from the key dates; check the deadline with the buyer.',
      `The notice gives the submission deadline of lot 2 as “${'x'.repeat(60)}…”, which is not a date Bid Desk can read, so it is missing from the key dates; check the deadline with the buyer.`,
    ]);
  });

  it("lists them among the import's warnings, naming the notice", () => {
    const result = importJson(garbage);
    if (!result.ok) throw new Error(result.error.message);
    const unreadable = result.warnings.filter((w) => w.code === 'deadline-unreadable');
    expect(unreadable).toHaveLength(3);
    expect(unreadable[1]).toEqual({
      code: 'deadline-unreadable',
      ocid: 'ocds-h6vhtk-06f17d',
      message: expect.stringMatching(
        /^“Science and Industry Museum Wonderlab Group 2 Interactives Makers”: The notice gives the submission deadline as “9999999-99-99”/,
      ) as unknown,
    });
  });

  it('says nothing about deadlines it read or that the notice leaves out', () => {
    const result = importJson(
      editedNotice((_release, tender) => {
        delete tender.enquiryPeriod;
      }),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.warnings.map((w) => w.code)).not.toContain('deadline-unreadable');
    expect(onlyOpportunity(result).keyDates.map((d) => d.kind)).toContain('submissionDeadline');
  });
});

describe('showHiddenCharacters and withoutControlCharacters', () => {
  it('returns ordinary text, accents, £ and line breaks as they are', () => {
    const text = 'Cyngor Sir Ynys Môn\n\t£704,000 – “lots” café';
    expect(showHiddenCharacters(text)).toBe(text);
    expect(withoutControlCharacters(text)).toBe(text);
  });

  it('drops ESC, BEL, NUL, DEL and C1 controls for a terminal or spreadsheet', () => {
    expect(withoutControlCharacters('a\u001b[31mb\u0007c\u0000d\u007fe\u009bf\r\n')).toBe(
      'a[31mbcdef\r\n',
    );
  });
});

/**
 * The .ics export read back by two independent parsers: ical.js (Mozilla's, in-process) and
 * Debian's python3-icalendar (a separate process, as a calendar server would read it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import { ukDay } from '../calendar/instants';
import type { Opportunity } from '../notice/model';
import { bidTimeline } from './bid-timeline';
import { icsRevisions, icsUid, MOMENT_MINUTES, toIcs, type IcsOptions } from './ics';
import { isMilestone, REMINDER_KINDS } from './milestones';
import { DEADLINE_KINDS, DEFAULT_BID_SCHEDULE, type TimelineItem } from './model';
import { addDays } from '../calendar/days';

function seed(name: string): Opportunity {
  const result = importNoticeFile({ name, bytes: seedBytes(name) });
  if (!result.ok) throw new Error(result.error.message);
  return result.opportunities[0] as Opportunity;
}

const NOW = new Date('2026-04-10T10:00:00Z');
const stalking = seed(SEEDS.staffordshireStalking);

function timelineOf(opportunity: Opportunity): TimelineItem[] {
  return bidTimeline({
    opportunityId: 'opp-1',
    opportunity,
    decisions: [],
    checklist: [],
    engagementPlans: [],
    settings: DEFAULT_BID_SCHEDULE,
    now: NOW,
  });
}

const base = timelineOf(stalking)[0] as TimelineItem;
const nasty: TimelineItem = {
  ...base,
  id: 'ocds-h6vhtk-0659dc/checklist/Lot A: “Hate crime”, part 1',
  kind: 'checklist',
  title: 'Price; cost, and \\ “value” – £1.2m',
  detail: `Line one\nLine two, with; punctuation \\ and accents: café, Zoë, Łódź 🎯.\r\n${'Evidence €£ '.repeat(30).trim()}`,
  at: '2026-04-27T00:00:00+01:00',
  allDay: true,
  location: 'Room 7; Weston Road, Stafford',
  url: 'https://portal.proquro.co.uk/Suppliers/Tenders/Details?id=1051&lot=A',
};
const presentation: TimelineItem = {
  ...base,
  id: 'ocds-h6vhtk-0659dc/event/plan-1',
  kind: 'manual-presentation',
  title: 'Stage 2 presentation',
  at: '2026-06-02T14:00:00+01:00',
  end: '2026-06-02T15:00:00+01:00',
  allDay: false,
};
const clockEdges: TimelineItem[] = [
  ['winter', '2026-12-01T10:00:00Z'],
  ['summer', '2026-07-01T10:00:00+01:00'],
  ['first 01:30 on 25 October (BST)', '2026-10-25T01:30:00+01:00'],
  ['second 01:30 on 25 October (GMT)', '2026-10-25T01:30:00+00:00'],
  ['just after the clocks went forward', '2026-03-29T02:00:00+01:00'],
].map(([title, at]) => ({ ...base, id: `edge/${title}`, title: title as string, at: at as string, allDay: false })); // prettier-ignore

const items = [...timelineOf(stalking), nasty, presentation, ...clockEdges];
const ics = toIcs(items, { calendarName: 'Bids, spring 2026', now: NOW });

interface Parsed {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  sequence: number;
  /** ISO UTC for a date-time, `date:yyyy-MM-dd` for a date. */
  start: string;
  end: string | null;
  /** Each VALARM's trigger as seconds from the start (negative: before). */
  alarms: number[];
}

/** ical.js, with the file's own VTIMEZONE as the only time-zone definition it knows. */
function parseWithIcalJs(text: string): { name: string; events: Parsed[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const when = (time: ICAL.Time | null): string | null =>
    time === null
      ? null
      : time.isDate
        ? `date:${time.toString()}`
        : time.toJSDate().toISOString().replace('.000Z', '+00:00');
  return {
    // ical.js keeps NAME and X-WR-CALNAME raw (it has no type for them): decode them as TEXT.
    name: ICAL.design.icalendar.value.text.fromICAL(
      String(calendar.getFirstPropertyValue('x-wr-calname')),
    ),
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        location: event.location || null,
        url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
        sequence: event.sequence,
        start: when(event.startDate) as string,
        end: vevent.hasProperty('dtend') ? when(event.endDate) : null,
        alarms: vevent
          .getAllSubcomponents('valarm')
          .map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()),
      };
    }),
  };
}

const PYTHON = `
import json, sys
from datetime import datetime, timezone
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
def when(v):
    if v is None: return None
    if isinstance(v, datetime):
        if v.tzinfo is None: return 'floating:' + v.isoformat()
        return v.astimezone(timezone.utc).isoformat()
    return 'date:' + v.isoformat()
events = []
for ev in cal.walk('VEVENT'):
    events.append({
        'uid': str(ev['UID']), 'summary': str(ev['SUMMARY']), 'description': str(ev['DESCRIPTION']),
        'location': str(ev['LOCATION']) if 'LOCATION' in ev else None,
        'url': str(ev['URL']) if 'URL' in ev else None, 'sequence': int(ev['SEQUENCE']),
        'start': when(ev.decoded('DTSTART')),
        'end': when(ev.decoded('DTEND')) if 'DTEND' in ev else None,
        'alarms': [int(a.decoded('TRIGGER').total_seconds()) for a in ev.walk('VALARM')],
    })
print(json.dumps({'name': str(cal['X-WR-CALNAME']), 'events': events}))
`;

/** Debian's python3-icalendar. Not optional: CI installs it (`apt-get install -y python3-icalendar`). */
function parseWithPython(text: string): { name: string; events: Parsed[] } {
  const file = join(mkdtempSync(join(tmpdir(), 'bid-desk-ics-')), 'timeline.ics');
  writeFileSync(file, text, 'utf8');
  const run = spawnSync('/usr/bin/python3', ['-c', PYTHON, file], { encoding: 'utf8' });
  if (run.error || /No module named 'icalendar'/.test(run.stderr)) {
    throw new Error(
      'The .ics export is checked with Debian’s python3-icalendar, which is not installed here. ' +
        'Install it with: apt-get install -y python3-icalendar (CI’s .ci/run installs it).',
    );
  }
  if (run.status !== 0)
    throw new Error(`python3-icalendar could not read the file:\n${run.stderr}`);
  return JSON.parse(run.stdout) as { name: string; events: Parsed[] };
}

/**
 * What every parser must read for an item: a day, its start and end, or a moment as half an hour
 * (a deadline's ending at it, anything else's starting at it).
 */
function expected(item: TimelineItem): Partial<Parsed> {
  if (item.allDay) {
    const day = ukDay(item.at);
    return { start: `date:${day}`, end: `date:${addDays(day, 1)}` };
  }
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');
  const at = Date.parse(item.at);
  const half = MOMENT_MINUTES * 60_000;
  if (item.end) return { start: iso(at), end: iso(Date.parse(item.end)) };
  const deadline = DEADLINE_KINDS.has(item.kind) || REMINDER_KINDS.has(item.kind);
  return deadline
    ? { start: iso(at - half), end: iso(at) }
    : { start: iso(at), end: iso(at + half) };
}

describe.each([
  ['ical.js', parseWithIcalJs],
  ['python3-icalendar', parseWithPython],
])('toIcs read back by %s', (_parser, parse) => {
  const parsed = parse(ics);
  const byUid = new Map(parsed.events.map((event) => [event.uid, event]));

  it('has one event per item, each under its stable UID, and the calendar’s name', () => {
    expect(parsed.name).toBe('Bids, spring 2026');
    expect(parsed.events).toHaveLength(items.length);
    expect(byUid.get('ocds-h6vhtk-0659dc/notice/submissionDeadline/all@biddesk.app')).toBeDefined();
    expect(byUid.size).toBe(items.length);
  });

  it('puts every item at its instant (London times through the VTIMEZONE) or on its day', () => {
    for (const item of items) {
      expect({ id: item.id, ...byUid.get(icsUid(item)) }).toMatchObject({
        id: item.id,
        ...expected(item),
      });
    }
    // Spot checks in plain words: the noon (BST) deadline is 11:30 to 12:00, 10:30 to 11:00 UTC;
    // the contract starts on 1 December.
    expect(byUid.get('ocds-h6vhtk-0659dc/notice/submissionDeadline/all@biddesk.app')).toMatchObject(
      {
        start: '2026-05-06T10:30:00+00:00',
        end: '2026-05-06T11:00:00+00:00',
      },
    );
    expect(byUid.get('ocds-h6vhtk-0659dc/notice/contractStart/all@biddesk.app')).toMatchObject({
      start: 'date:2026-12-01',
      end: 'date:2026-12-02',
    });
    expect(byUid.get(icsUid(presentation))).toMatchObject({
      start: '2026-06-02T13:00:00+00:00',
      end: '2026-06-02T14:00:00+00:00',
    });
  });

  it('keeps text exactly: punctuation, line breaks, accents, emoji and long lines', () => {
    const event = byUid.get(icsUid(nasty));
    expect(event?.summary).toBe(`Price; cost, and \\ “value” – £1.2m – ${base.opportunityTitle}`);
    expect(event?.description.startsWith(nasty.detail.replace('\r\n', '\n'))).toBe(true);
    expect(event?.location).toBe('Room 7; Weston Road, Stafford');
    expect(event?.url).toBe('https://portal.proquro.co.uk/Suppliers/Tenders/Details?id=1051&lot=A');
  });

  it('links every event back to the notice', () => {
    const deadline = byUid.get('ocds-h6vhtk-0659dc/notice/submissionDeadline/all@biddesk.app');
    expect(deadline?.url).toBe('https://www.find-tender.service.gov.uk/Notice/032024-2026');
    expect(deadline?.description).toContain(
      'Submit through: https://portal.proquro.co.uk/Suppliers/Tenders/Details?id=1051',
    );
    expect(deadline?.description).toContain(
      'Notice: https://www.find-tender.service.gov.uk/Notice/032024-2026',
    );
    expect(deadline?.summary).toBe(`Submission deadline – ${base.opportunityTitle}`);
  });

  it('re-exporting after a re-import moved the deadline updates the same event, SEQUENCE + 1', () => {
    const moved: Opportunity = {
      ...stalking,
      keyDates: stalking.keyDates.map((d) =>
        d.kind === 'submissionDeadline' ? { ...d, at: '2026-05-13T12:00:00+01:00' } : d,
      ),
    };
    const later = new Date('2026-04-20T08:00:00Z');
    const first: IcsOptions = { calendarName: 'Bids', now: NOW };
    const revisions = icsRevisions(timelineOf(stalking), first, {});
    const before = parse(toIcs(timelineOf(stalking), { ...first, revisions }));
    const second: IcsOptions = { calendarName: 'Bids', now: later };
    const next = icsRevisions(timelineOf(moved), second, revisions);
    const again = parse(toIcs(timelineOf(moved), { ...second, revisions: next }));
    expect(again.events.map((e) => e.uid).sort()).toEqual(before.events.map((e) => e.uid).sort());
    const uid = 'ocds-h6vhtk-0659dc/notice/submissionDeadline/all@biddesk.app';
    const newer = again.events.find((e) => e.uid === uid);
    const older = before.events.find((e) => e.uid === uid);
    expect(newer?.end).toBe('2026-05-13T11:00:00+00:00');
    expect(older?.end).toBe('2026-05-06T11:00:00+00:00');
    expect(older?.sequence).toBe(0);
    expect(newer?.sequence).toBe(1);
    // What did not change keeps its SEQUENCE, so calendar apps leave it alone.
    const published = 'ocds-h6vhtk-0659dc/notice/published/all@biddesk.app';
    expect(again.events.find((e) => e.uid === published)?.sequence).toBe(0);
  });

  it('reminds a day or a week before the buyer’s deadlines, and nothing else', () => {
    const withReminders = (reminder: IcsOptions['reminder']) =>
      parse(toIcs(items, { calendarName: 'Bids', now: NOW, reminder })).events;
    const deadline = (events: Parsed[]) =>
      events.find((e) => e.uid === 'ocds-h6vhtk-0659dc/notice/submissionDeadline/all@biddesk.app');
    // The event starts at 11:30 for a 12:00 deadline: a day before 12:00 is 23 h 30 min earlier.
    expect(deadline(withReminders('1-day'))?.alarms).toEqual([-(23 * 3600 + 30 * 60)]);
    expect(deadline(withReminders('1-week'))?.alarms).toEqual([-(6 * 86400 + 23 * 3600 + 30 * 60)]);
    expect(deadline(withReminders('none'))?.alarms).toEqual([]);
    const events = withReminders('1-day');
    const reminded = items.filter((item) => REMINDER_KINDS.has(item.kind));
    expect(reminded.map((item) => item.kind)).toEqual(
      expect.arrayContaining(['submissionDeadline', 'clarificationDeadline']),
    );
    for (const event of events) {
      const item = items.find((i) => icsUid(i) === event.uid) as TimelineItem;
      expect({ kind: item.kind, alarms: event.alarms.length }).toEqual({
        kind: item.kind,
        alarms: REMINDER_KINDS.has(item.kind) ? 1 : 0,
      });
    }
  });

  it('exports only the milestones when asked: deadlines, the decision and submitting', () => {
    const only = parse(toIcs(items, { calendarName: 'Bids', now: NOW, milestonesOnly: true }));
    const kinds = only.events.map((e) => items.find((i) => icsUid(i) === e.uid)?.kind);
    expect(new Set(kinds)).toEqual(
      new Set(['submissionDeadline', 'clarificationDeadline', 'goNoGo', 'submit']),
    );
    expect(kinds).not.toContain('checklist');
    expect(only.events.length).toBe(items.filter(isMilestone).length);
  });

  it('reads a UTC export the same way', () => {
    const utc = parse(toIcs(items, { calendarName: 'UTC', now: NOW, timeZone: 'UTC' }));
    const utcByUid = new Map(utc.events.map((event) => [event.uid, event]));
    for (const item of items) expect(utcByUid.get(icsUid(item))).toMatchObject(expected(item));
  });
});

describe('toIcs as text (RFC 5545)', () => {
  const lines = ics.split('\r\n');

  it('ends every line with CRLF and folds at 75 octets without splitting a character', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(10);
    expect(ics).not.toContain('\uFFFD');
  });

  it('declares Europe/London with its BST and GMT rules and uses it for times', () => {
    expect(ics).toContain(
      'BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\nX-LIC-LOCATION:Europe/London\r\nBEGIN:DAYLIGHT\r\nTZNAME:BST\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nDTSTART:19700329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZNAME:GMT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nDTSTART:19701025T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE',
    );
    expect(lines).toContain('DTSTART;TZID=Europe/London:20260506T113000');
    expect(lines).toContain('DTSTART;TZID=Europe/London:20261201T100000');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261201');
    // Either 01:30 of 25 October would be ambiguous as a London time: both are written in UTC.
    expect(lines).toContain('DTSTART:20261025T003000Z');
    expect(lines).toContain('DTSTART:20261025T013000Z');
  });

  it('no event is zero-length: a moment has DTEND half an hour from DTSTART', () => {
    // (The VTIMEZONE's two DTSTART:1970… lines are its rules' starts, not events.)
    const starts = lines.filter((l) => l.startsWith('DTSTART') && !l.includes(':1970')).length;
    expect(lines.filter((l) => l.startsWith('DTEND')).length).toBe(starts);
    expect(lines).toContain('DTSTART;TZID=Europe/London:20260506T113000');
    expect(lines).toContain('DTEND;TZID=Europe/London:20260506T120000');
  });

  it('describes a checklist item with its owner and status in words, not codes', () => {
    const task: TimelineItem = {
      ...nasty,
      id: 'ocds-h6vhtk-0659dc/checklist/q3',
      detail: 'Use the 2025 staffing figures.',
      owner: 'Sam Okafor',
      status: 'todo',
    };
    const unfolded = toIcs([task], { calendarName: 'Bids', now: NOW }).replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'DESCRIPTION:Use the 2025 staffing figures.\\nOwner: Sam Okafor\\nStatus: To do\\n',
    );
    expect(unfolded).not.toMatch(/todo|not-needed/);
  });

  it('stamps the export time and escapes TEXT', () => {
    expect(lines).toContain('DTSTAMP:20260410T100000Z');
    expect(lines).toContain('LAST-MODIFIED:20260410T100000Z');
    expect(lines).toContain('X-WR-CALNAME:Bids\\, spring 2026');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Price\\; cost\\, and \\\\ “value” – £1.2m');
    expect(unfolded).toContain('DESCRIPTION:Line one\\nLine two\\, with\\; punctuation \\\\ and');
  });

  it('gives the same UIDs on every export, and nothing changes but the stamps', () => {
    const again = toIcs(items, {
      calendarName: 'Bids, spring 2026',
      now: new Date('2026-05-01T09:00:00Z'),
    });
    const uids = (text: string) => text.split('\r\n').filter((l) => l.startsWith('UID:'));
    expect(uids(again)).toEqual(uids(ics));
    const strip = (text: string) => text.replace(/^(DTSTAMP|LAST-MODIFIED|SEQUENCE):.*$/gm, '');
    expect(strip(again)).toBe(strip(ics));
  });
});

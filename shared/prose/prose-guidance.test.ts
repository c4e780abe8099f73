/**
 * The guidance reader on real funders' texts (../shared/fixtures/grants, with what a careful
 * reader finds in each in its SOURCES.md), and on the small cases a pasted page brings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGuidance } from './prose-guidance';

const GRANTS = new URL('../../../shared/fixtures/grants/', import.meta.url);

function grantText(name: string): string | null {
  const url = new URL(name, GRANTS);
  return existsSync(url) ? readFileSync(url, 'utf8') : null;
}

const hlfGuidance = grantText('hlf-kick-the-dust-application-guidance-2016.txt');
const hlfForm = grantText('hlf-kick-the-dust-application-form-2016.txt');
const nlcfSmall = grantText('nlcf-awards-for-all-under-10k-question-list-2021.txt');
const nlcfLarge = grantText('nlcf-over-10k-funding-proposal-question-list-2021.txt');
const cof = grantText('dluhc-community-ownership-fund-round4-full-application-questions-2024.txt');

describe('readGuidance on real funders’ texts', () => {
  it.runIf(hlfGuidance)(
    'Kick the Dust guidance: two deadlines at noon, stages, amounts, rules',
    () => {
      const g = readGuidance(hlfGuidance ?? '');
      expect(g.deadlines.map((d) => [d.at, d.allDay, d.what])).toEqual([
        ['2016-12-02T12:00:00+00:00', false, 'project enquiry form'],
        ['2017-02-20T12:00:00+00:00', false, 'first-round applications'],
      ]);
      expect(g.deadlines[1]?.source.snippet).toContain('12 noon on 20 February 2017');
      expect(g.rolling).toBe(false);
      expect(g.stages.map((s) => s.name)).toEqual([
        'Project enquiry',
        'First-round application',
        'Second-round application',
      ]);
      expect(g.amounts[0]).toMatchObject({ minimum: 500_000, maximum: 1_000_000 });
      expect(g.totalWordLimit?.words).toBe(9000);
      const rules = g.eligibility.map((r) => r.rule).join('\n');
      expect(rules).toContain(
        'This must not be a formal education establishment, such as a school or college.',
      );
      expect(rules).toContain('aged 11 to 25');
      expect(rules).toContain('consortiums of three or more organisations');
      // Procurement thresholds for spending a grant are not what the fund gives.
      expect(g.amounts.map((a) => a.minimum)).not.toContain(50_000);
    },
  );

  it.runIf(hlfForm)(
    'Kick the Dust form: the word limits of title and summary, none invented',
    () => {
      const g = readGuidance(hlfForm ?? '');
      expect(g.deadlines).toEqual([]);
      expect(g.totalWordLimit?.words).toBe(9000);
      expect(g.questions.map((q) => q.wordLimit)).toEqual([15, 150, 20]);
      expect(g.questions[0]?.title).toMatch(/^In no more than 15 words, please choose a title/);
      expect(g.amounts).toMatchObject([{ minimum: 500_000, maximum: 1_000_000 }]);
    },
  );

  it.runIf(nlcfSmall)(
    'Awards for All: rolling list, three limited questions, a £10,000 ceiling',
    () => {
      const g = readGuidance(nlcfSmall ?? '');
      // "start on or after 25 10 2021" is an earliest start written as a format, not a deadline.
      expect(g.deadlines).toEqual([]);
      expect(g.questions.map((q) => [q.title, q.wordLimit])).toEqual([
        ['What would you like to do?', 300],
        ['How does your project meet our funding priorities?', 150],
        ['How does your project involve your community?', 200],
      ]);
      expect(g.amounts).toMatchObject([{ minimum: null, maximum: 10_000 }]);
      expect(g.stages).toEqual([]);
    },
  );

  it.runIf(nlcfLarge)(
    'Funding over £10,000: four 500-word questions, a second stage, a floor',
    () => {
      const g = readGuidance(nlcfLarge ?? '');
      expect(g.deadlines).toEqual([]);
      expect(g.questions.map((q) => q.wordLimit)).toEqual([500, 500, 500, 500]);
      expect(g.questions.map((q) => q.title)).toContain(
        'How does your idea fit in with other local activities?',
      );
      expect(g.amounts).toMatchObject([{ minimum: 10_000, maximum: null }]);
      expect(g.stages.map((s) => s.name)).toEqual(['Next stage (by invitation)']);
    },
  );

  it.runIf(cof)(
    'Community Ownership Fund: 39 boxes of 500 words, £2 million and £50,000 ceilings',
    () => {
      const g = readGuidance(cof ?? '');
      expect(g.deadlines).toEqual([]);
      expect(g.questions).toHaveLength(39);
      expect(new Set(g.questions.map((q) => q.wordLimit))).toEqual(new Set([500]));
      expect(g.amounts.map((a) => a.maximum)).toEqual([2_000_000, 50_000]);
      expect(g.stages.map((s) => s.name)).toContain('Expression of interest');
    },
  );
});

describe('readGuidance on pasted pages', () => {
  it('reads a closing date with its time and what is due, and leaves examples alone', () => {
    const g = readGuidance(
      [
        'Community Safety Fund 2027',
        '',
        'Grants of between £5,000 and £25,000 are available.',
        'The closing date for applications is 5pm on Friday 12 March 2027.',
        'Enter dates as DD/MM/YYYY, for example 01/04/2027.',
        '',
        'We will hold an online information session on 3 February 2027 at 10:00 - 11:00.',
        '',
        'We only fund registered charities and CIOs based in Cornwall.',
      ].join('\n'),
    );
    expect(g.deadlines.map((d) => [d.at, d.what])).toEqual([
      ['2027-03-12T17:00:00+00:00', 'applications'],
    ]);
    expect(g.amounts).toMatchObject([{ minimum: 5000, maximum: 25_000 }]);
    expect(g.eligibility.map((r) => r.rule)).toEqual([
      'We only fund registered charities and CIOs based in Cornwall.',
    ]);
    expect(g.events).toHaveLength(1);
    expect(g.events[0]?.start).toBe('2027-02-03T10:00:00+00:00');
  });

  it('a programme open all year has no deadline and says it is rolling', () => {
    const g = readGuidance('This is a rolling programme: you can apply at any time.');
    expect(g).toMatchObject({ deadlines: [], rolling: true });
  });

  it('proposes nothing from text that states nothing', () => {
    const g = readGuidance('Thank you for your interest in our work.');
    expect(g).toMatchObject({
      deadlines: [],
      rolling: false,
      stages: [],
      questions: [],
      totalWordLimit: null,
      amounts: [],
      eligibility: [],
      events: [],
    });
  });
});

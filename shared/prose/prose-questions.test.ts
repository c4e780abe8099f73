import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readQuestionList } from './prose-questions';

const GRANTS = new URL('../../../shared/fixtures/grants/', import.meta.url);

function grantText(name: string): string | null {
  const url = new URL(name, GRANTS);
  return existsSync(url) ? readFileSync(url, 'utf8') : null;
}

/** The lines of a real file from the line holding `from` up to (not including) `to`. */
function excerpt(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`excerpt not found: ${from}`);
  return text.slice(start, end);
}

describe('readQuestionList: a list the user pastes', () => {
  it('reads a numbered list with word limits and weights, one row each', () => {
    const { questions, leftOut } = readQuestionList(
      [
        '1. Tell us about your organisation (300 words)',
        '2. How will you reach victims who do not report to the police? (max 500 words)',
        'Q3 - Social value 10%',
        'Question 4: Safeguarding - 20 marks',
      ].join('\n'),
    );
    expect(leftOut).toEqual([]);
    expect(questions.map((q) => [q.number, q.title, q.wordLimit, q.weight, q.marks])).toEqual([
      ['1', 'Tell us about your organisation', 300, null, null],
      ['2', 'How will you reach victims who do not report to the police?', 500, null, null],
      ['3', 'Social value', null, 10, null],
      ['4', 'Safeguarding', null, null, 20],
    ]);
  });

  it('keeps a limit written mid-sentence in the question, and reads it', () => {
    const { questions } = readQuestionList(
      'a) In no more than 150 words, summarise your project.\nb) Describe your budget in 2,000 characters',
    );
    expect(questions[0]).toMatchObject({
      number: 'a',
      title: 'In no more than 150 words, summarise your project.',
      wordLimit: 150,
    });
    expect(questions[1]).toMatchObject({
      number: 'b',
      title: 'Describe your budget',
      characterLimit: 2000,
    });
  });

  it('joins unnumbered lines to the numbered question above them', () => {
    const { questions, leftOut } = readQuestionList(
      [
        'Section B: Delivery',
        '5. Describe your service model.',
        'Include opening hours and how referrals arrive.',
        'Maximum two sides of A4',
        '6. Describe your approach to safeguarding. Weighting: 15%',
      ].join('\n'),
    );
    expect(leftOut).toEqual(['Section B: Delivery']);
    expect(questions).toHaveLength(2);
    expect(questions[0]).toMatchObject({
      number: '5',
      title: 'Describe your service model.',
      pageLimit: 2,
    });
    expect(questions[0]?.lines).toHaveLength(3);
    expect(questions[1]).toMatchObject({
      title: 'Describe your approach to safeguarding.',
      weight: 15,
    });
  });

  it('states nothing it was not told', () => {
    const { questions } = readQuestionList(
      'What difference will the grant make?\nWho will benefit?',
    );
    expect(questions).toHaveLength(2);
    for (const q of questions) {
      expect([q.wordLimit, q.characterLimit, q.pageLimit, q.weight, q.marks]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
    }
  });

  it('does not take a breakdown of several percentages for one weight', () => {
    const [q] = readQuestionList('1. Quality 60% and price 40%').questions;
    expect(q?.weight).toBeNull();
  });

  it('returns nothing for empty text', () => {
    expect(readQuestionList('  \n\n ')).toEqual({ questions: [], leftOut: [] });
  });
});

describe('readQuestionList on real funders’ forms (../shared/fixtures/grants)', () => {
  const cof = grantText(
    'dluhc-community-ownership-fund-round4-full-application-questions-2024.txt',
  );

  it.runIf(cof)('Community Ownership Fund: each box gets its "(Max 500 words)"', () => {
    const text = excerpt(cof ?? '', 'What is your organisation', 'Have you delivered projects');
    const { questions, leftOut } = readQuestionList(text);
    const limited = questions.filter((q) => q.wordLimit !== null);
    expect(limited.map((q) => [q.title, q.wordLimit])).toEqual([
      ["What is your organisation's main purpose?", 500],
      ['Activity 1', 500],
      ['Activity 2 (optional)', 500],
      ['Activity 3 (optional)', 500],
    ]);
    // The help under the first question travels with it, not as a question of its own.
    expect(limited[0]?.lines).toContain('This is what the organisation was set up to achieve.');
    expect(leftOut).toEqual([]);
  });

  it.runIf(cof)('Community Ownership Fund: all 39 "(Max 500 words)" boxes are read', () => {
    const { questions } = readQuestionList(cof ?? '');
    const limited = questions.filter((q) => q.wordLimit === 500);
    expect(limited).toHaveLength(39);
    expect(limited.map((q) => q.title)).toEqual(
      expect.arrayContaining([
        'Activity 1',
        'Project 3 (optional)',
        "What is your organisation's main purpose?",
      ]),
    );
    // No box is named by its help text.
    expect(limited.filter((q) => /\.$/.test(q.title))).toEqual([]);
  });

  const hlf = grantText('hlf-kick-the-dust-application-form-2016.txt');
  it.runIf(hlf)('Kick the Dust form: the title and summary limits stated in sentences', () => {
    const text = excerpt(hlf ?? '', 'In no more than 15 words', 'In no more than 150 words');
    const [title] = readQuestionList(text).questions;
    expect(title?.wordLimit).toBe(15);
    const summary = excerpt(hlf ?? '', 'In no more than 150 words', '\n');
    expect(readQuestionList(summary).questions[0]?.wordLimit).toBe(150);
  });
});

describe('readQuestionList: other ways lists are written', () => {
  it('reads "1.1" numbers, weights before the words and limits after a dash', () => {
    const { questions } = readQuestionList(
      '1.1 Experience of similar contracts – 10% (max 1,000 words)\n1.2 Staffing – 15% (max 750 words)\nQ10 (5%) Exit plan',
    );
    expect(questions.map((q) => [q.number, q.title, q.weight, q.wordLimit])).toEqual([
      ['1.1', 'Experience of similar contracts', 10, 1000],
      ['1.2', 'Staffing', 15, 750],
      ['10', 'Exit plan', 5, null],
    ]);
  });

  it('numbers the line after a bare "Question 1" and gives it the limit below', () => {
    const { questions } = readQuestionList(
      'Question 1\nPlease describe your organisation.\n500 words\nQuestion 2\nWhat will you do?\n300 words',
    );
    expect(questions.map((q) => [q.number, q.title, q.wordLimit])).toEqual([
      ['1', 'Please describe your organisation.', 500],
      ['2', 'What will you do?', 300],
    ]);
  });
});

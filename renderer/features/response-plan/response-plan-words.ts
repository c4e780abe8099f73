/** Numbers on the response plan, as a bid manager reads them. */

/**
 * The plan's column headings: in the table's head, and beside each value where a narrow window
 * stacks a criterion's columns.
 */
export const PLAN_COLUMNS = {
  criterion: 'Criterion',
  weight: 'Weight',
  marks: 'Marks available',
  owner: 'Owner',
  wordLimit: 'Word limit',
  pageLimit: 'Page limit',
  draft: 'Draft',
  selfScore: 'Self-score',
} as const;

/** Marks to one decimal place, without a trailing ".0": 61.2, 20. */
export function marks(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** "Q1 - Vision, Q2 - Staffing and Q3 - Safeguarding". */
export function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** How the weights the user sees add up, against 100% and the notice's stage split. */
export function weightsCheck(
  summary: { weightsMissing: string[]; totalWeight: number; weightsAddUpTo: number | null },
  criteriaCount: number,
  stages: { label: string; weight: number }[],
): { ok: boolean; text: string } | null {
  if (criteriaCount === 0) return null;
  const missing = summary.weightsMissing.length;
  if (missing > 0) {
    const some =
      missing === criteriaCount
        ? criteriaCount === 1
          ? 'The'
          : `All ${criteriaCount}`
        : `${missing} of the ${criteriaCount}`;
    return {
      ok: false,
      text: `${some} ${criteriaCount === 1 ? 'criterion' : 'criteria'} ${missing === 1 ? 'has' : 'have'} no weight yet. Enter each from the tender documents (the invitation to tender or evaluation guide), or split what the notice's stage leaves evenly when the documents give none.${
        missing < criteriaCount
          ? ` The weights entered so far add up to ${marks(summary.totalWeight)}%.`
          : ''
      }`,
    };
  }
  const total = summary.weightsAddUpTo ?? summary.totalWeight;
  const split = stages.map((s) => `${s.weight}% ${s.label}`).join(', ');
  if (total === 100) return { ok: true, text: 'The weights add up to 100%.' };
  const stage = stages.find((s) => s.weight === total);
  if (stage) {
    const others = stages.filter((s) => s !== stage).map((s) => `${s.label} (${s.weight}%)`);
    return {
      ok: true,
      text: `The weights add up to ${marks(total)}%, the notice's ${stage.label} stage.${
        others.length
          ? ` ${listOf(others)} ${others.length === 1 ? 'is' : 'are'} marked separately.`
          : ''
      }`,
    };
  }
  return {
    ok: false,
    text: stages.length
      ? `The weights add up to ${marks(total)}%: not 100%, and not a stage of the notice's split (${split}). Check them against the tender documents.`
      : `The weights add up to ${marks(total)}%, not 100%. Check them against the tender documents.`,
  };
}

/** "Gives each of the 12 answers without a weight an equal share of the 85% left: 7.08% or 7.09%." */
export function splitOffer(count: number, remaining: number, shares: number[]): string {
  const low = Math.min(...shares);
  const high = Math.max(...shares);
  const each = low === high ? `${low}%` : `${low}% or ${high}%`;
  const answers = count === 1 ? 'the answer' : `each of the ${count} answers`;
  return `Gives ${answers} without a weight an equal share of the ${marks(remaining)}% left: ${each}${count === 1 ? '' : ' each'}, adding up to exactly ${marks(remaining)}%. Correct any the tender documents give otherwise.`;
}

/** What the plan says after a batch change. */
export const PLAN_SHORTCUT_DONE = {
  split: (count: number, remaining: number) =>
    `Split ${marks(remaining)}% over ${count} ${count === 1 ? 'answer' : 'answers'}.`,
  assigned: (count: number, owner: string) =>
    `${owner} now owns ${count} ${count === 1 ? 'answer' : 'answers'}, in the plan and the checklist.`,
  noneUnassigned: 'Every answer already has an owner.',
  noOwner: 'Type a name first.',
  unassigned: (count: number, of: number) =>
    count === 0 ? 'Every answer has an owner.' : `${count} of ${of} answers have no owner yet.`,
} as const;

/**
 * The "New opportunity" form: what the user types (all text, as inputs give it) checked with
 * words a user understands, and turned into an `OpportunityEntry`.
 */
import { z } from 'zod';
import { isUkDay } from '../../../shared/calendar';
import {
  EntryDateKind,
  OpportunityEntry,
  OpportunityKind,
  type EntryQuestion,
} from '../../../shared/entry/entry';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const optionalTime = (message: string) =>
  z.string().refine((t) => t === '' || TIME.test(t), message);
const optionalAmount = z
  .string()
  .trim()
  .refine(
    (a) => a === '' || /^£?\s?\d[\d,]*(\.\d{1,2})?$/.test(a),
    'Enter an amount such as 25,000',
  );

function amountOf(text: string): number | null {
  const digits = text.replace(/[£,\s]/g, '');
  return digits === '' ? null : Number(digits);
}

export const EntryQuestionForm = z.object({
  /** The stored question's id when editing; '' for a row added in the form. */
  id: z.string(),
  number: z.string().trim(),
  title: z.string().trim().min(1, 'Write the question'),
  wordLimit: z
    .string()
    .trim()
    .refine((w) => w === '' || /^\d{1,6}$/.test(w.replace(/,/g, '')), 'A whole number of words'),
  weight: z
    .string()
    .trim()
    .refine(
      (w) => w === '' || (/^\d{1,3}(\.\d{1,2})?$/.test(w) && Number(w) <= 100),
      'A share of the marks from 0 to 100',
    ),
  /** The pasted words the row was read from, kept to show beside it. */
  from: z.string(),
  characterLimit: z.number().nullable(),
  pageLimit: z.number().nullable(),
  marks: z.number().nullable(),
});
export type EntryQuestionFormValues = z.infer<typeof EntryQuestionForm>;

export const NewOpportunityForm = z
  .object({
    kind: OpportunityKind,
    title: z.string().trim().min(1, 'Give the opportunity a title'),
    buyer: z.string().trim().min(1, 'Name the funder or buyer'),
    url: z
      .string()
      .trim()
      .refine(
        (l) => l === '' || /^https?:\/\/\S+$/i.test(l),
        'Paste the whole link, starting https://',
      ),
    reference: z.string().trim(),
    /** Empty with `rolling` ticked: a programme with no deadline. */
    deadlineDay: z.string(),
    deadlineTime: optionalTime('Enter a time such as 12:00, or leave it empty'),
    rolling: z.boolean(),
    value: optionalAmount,
    maximum: optionalAmount,
    dates: z.array(
      z.object({
        id: z.string(),
        kind: EntryDateKind,
        day: z.string().refine(isUkDay, 'Enter the date'),
        time: optionalTime('Enter a time such as 10:00, or leave it empty'),
      }),
    ),
    questions: z.array(EntryQuestionForm),
  })
  .refine((f) => f.rolling || isUkDay(f.deadlineDay), {
    message: 'Enter the deadline, or tick “No deadline (rolling)”',
    path: ['deadlineDay'],
  });
export type NewOpportunityFormValues = z.infer<typeof NewOpportunityForm>;

export const EMPTY_NEW_OPPORTUNITY: NewOpportunityFormValues = {
  kind: 'tender',
  title: '',
  buyer: '',
  url: '',
  reference: '',
  deadlineDay: '',
  deadlineTime: '',
  rolling: false,
  value: '',
  maximum: '',
  dates: [],
  questions: [],
};

/**
 * The entry the form describes, as it will be stored. Editing (`base`): the entry keeps its id,
 * when it was created, what the form does not show (lots, eligibility, description, a linked
 * notice) and the ids of the questions and dates it still has.
 */
export function toEntry(
  form: NewOpportunityFormValues,
  ids: { newId: () => string; user: string; now: string },
  base?: OpportunityEntry,
): OpportunityEntry {
  const idOf = (id: string): string => id || ids.newId();
  const questions: EntryQuestion[] = form.questions.map((q) => ({
    id: idOf(q.id),
    number: q.number || null,
    title: q.title,
    weight: q.weight === '' ? null : Number(q.weight),
    marks: q.marks,
    wordLimit: q.wordLimit === '' ? null : Number(q.wordLimit.replace(/,/g, '')),
    characterLimit: q.characterLimit,
    pageLimit: q.pageLimit,
    lotId: base?.questions.find((b) => b.id === q.id)?.lotId ?? null,
  }));
  return OpportunityEntry.parse({
    id: base?.id ?? ids.newId(),
    createdAt: base?.createdAt ?? ids.now,
    updatedAt: ids.now,
    updatedBy: ids.user,
    kind: form.kind,
    title: form.title,
    buyer: form.buyer,
    url: form.url || null,
    reference: form.reference || null,
    deadline: form.rolling ? null : { day: form.deadlineDay, time: form.deadlineTime || null },
    value: amountOf(form.value),
    maximum: amountOf(form.maximum),
    description: base?.description ?? '',
    dates: form.dates.map((d) => ({
      id: idOf(d.id),
      kind: d.kind,
      day: d.day,
      time: d.time || null,
    })),
    lots: base?.lots ?? [],
    questions,
    eligibility: base?.eligibility ?? [],
    linkedOcid: base?.linkedOcid ?? null,
    opportunityId: base?.opportunityId ?? null,
  });
}

function amountText(amount: number | null): string {
  return amount === null ? '' : String(amount);
}

/** What the form shows for a stored entry, to edit it. */
export function formFromEntry(entry: OpportunityEntry): NewOpportunityFormValues {
  return {
    kind: entry.kind,
    title: entry.title,
    buyer: entry.buyer,
    url: entry.url ?? '',
    reference: entry.reference ?? '',
    deadlineDay: entry.deadline?.day ?? '',
    deadlineTime: entry.deadline?.time ?? '',
    rolling: entry.deadline === null,
    value: amountText(entry.value),
    maximum: amountText(entry.maximum),
    dates: entry.dates.map((d) => ({ id: d.id, kind: d.kind, day: d.day, time: d.time ?? '' })),
    questions: entry.questions.map((q) => ({
      id: q.id,
      number: q.number ?? '',
      title: q.title,
      wordLimit: q.wordLimit === null ? '' : String(q.wordLimit),
      weight: q.weight === null ? '' : String(q.weight),
      from: '',
      characterLimit: q.characterLimit,
      pageLimit: q.pageLimit,
      marks: q.marks,
    })),
  };
}

/**
 * The organisation's starting decision matrix and checklist template. Both are edited once in
 * Settings; these are what a new installation begins with, in words a trustee would use.
 */
import type { ChecklistTemplateItem, DecisionSettings } from './model';

export const DEFAULT_DECISION_SETTINGS: DecisionSettings = {
  gates: [
    {
      id: 'objects',
      label: 'Within our charitable objects',
      help: 'The work is something our governing document allows us to do. If not, we cannot bid, however good the fit looks.',
    },
    {
      id: 'selection',
      label: 'We pass the selection tests',
      help: 'We meet the minimum standards the buyer sets: turnover, insurance levels, accreditations and experience.',
    },
    {
      id: 'deadline',
      label: 'The deadline is achievable',
      help: 'We have the time and people to write a good bid, get it reviewed and signed off before the deadline.',
    },
    {
      id: 'conflict',
      label: 'No conflict of interest',
      help: 'No trustee, staff member or partner has an interest that would stop us bidding or that we could not declare and manage.',
    },
    {
      id: 'vcse',
      label: 'Suitable for a VCSE organisation',
      help: 'The notice says the contract or lot is suitable for (or reserved to) voluntary, community and social enterprise organisations, or we are confident it is in practice.',
    },
  ],
  factors: [
    {
      id: 'mission',
      label: 'Mission fit',
      help: 'How closely the service matches what we exist to do and the people we serve.',
      weight: 20,
    },
    {
      id: 'geography',
      label: 'Geography',
      help: 'Whether we already work in the area, or can reach it without stretching ourselves.',
      weight: 10,
    },
    {
      id: 'evidence',
      label: 'Evidence and track record',
      help: 'Whether we have outcomes, case studies and references that prove we can deliver this.',
      weight: 15,
    },
    {
      id: 'relationship',
      label: 'Relationship with the buyer',
      help: 'Whether we know the commissioner, went to their engagement events, and understand what they want.',
      weight: 10,
    },
    {
      id: 'competition',
      label: 'Competition and incumbent',
      help: 'How strong the likely competition is, and whether an incumbent provider is hard to beat.',
      weight: 10,
    },
    {
      id: 'finance',
      label: 'Financial viability and full cost recovery',
      help: 'Whether the price covers the full cost, including overheads, TUPE, payment terms and any clawback.',
      weight: 15,
    },
    {
      id: 'capacity',
      label: 'Capacity to bid and to mobilise',
      help: 'Whether we have the people to write the bid now and to start the service on time if we win.',
      weight: 10,
    },
    {
      id: 'risk',
      label: 'Risk',
      help: 'How much could go wrong (safeguarding, reputation, contract terms, payment by results), scored high when the risk is low.',
      weight: 10,
    },
  ],
  thresholds: { bid: 70, review: 50 },
};

/**
 * Working days before the submission deadline each standard item is due, planned as the bid
 * schedule plans (see `dueDateFor`): three weeks is 15, two weeks 10.
 */
export const DEFAULT_CHECKLIST_TEMPLATE: ChecklistTemplateItem[] = [
  {
    id: 'cdp-registration',
    title: 'Register on the Central Digital Platform and get the share code',
    offsetDays: 15,
    offsetUnit: 'working-days',
  },
  {
    id: 'portal-registration',
    title: "Register on the buyer's e-tendering portal and read the upload and file-naming rules",
    offsetDays: 15,
    offsetUnit: 'working-days',
  },
  {
    id: 'tupe',
    title: 'Ask for and cost the TUPE information',
    offsetDays: 10,
    offsetUnit: 'working-days',
  },
  {
    id: 'consortium-letters',
    title: 'Consortium or subcontractor letters of support and agreements',
    offsetDays: 10,
    offsetUnit: 'working-days',
  },
  {
    id: 'psq-supplier',
    title: 'PSQ: supplier information',
    offsetDays: 8,
    offsetUnit: 'working-days',
  },
  { id: 'psq-exclusions', title: 'PSQ: exclusions', offsetDays: 8, offsetUnit: 'working-days' },
  {
    id: 'psq-financial',
    title: 'PSQ: financial standing',
    offsetDays: 8,
    offsetUnit: 'working-days',
  },
  {
    id: 'psq-technical',
    title: 'PSQ: technical ability',
    offsetDays: 8,
    offsetUnit: 'working-days',
  },
  {
    id: 'policies',
    title:
      'Policies: safeguarding, equality, health and safety, data protection, modern slavery, whistleblowing, complaints, business continuity',
    offsetDays: 8,
    offsetUnit: 'working-days',
  },
  {
    id: 'insurance',
    title:
      "Insurance certificates (employer's liability, public liability, professional indemnity)",
    offsetDays: 8,
    offsetUnit: 'working-days',
  },
  { id: 'accounts', title: 'Two years of accounts', offsetDays: 8, offsetUnit: 'working-days' },
  {
    id: 'dbs',
    title: 'DBS arrangements for staff and volunteers',
    offsetDays: 8,
    offsetUnit: 'working-days',
  },
  {
    id: 'references',
    title: 'Case studies and references',
    offsetDays: 8,
    offsetUnit: 'working-days',
  },
  {
    id: 'conflict-declaration',
    title: 'Conflict-of-interest declaration',
    offsetDays: 4,
    offsetUnit: 'working-days',
  },
  {
    id: 'form-of-tender',
    title: 'Form of tender, signed',
    offsetDays: 3,
    offsetUnit: 'working-days',
  },
  {
    id: 'portal-upload',
    title: 'Upload every document to the portal, named as the buyer asks',
    offsetDays: 2,
    offsetUnit: 'working-days',
  },
];

/**
 * What a grant application usually needs, in working days before its deadline: the standard
 * items funders ask for (accounts, budget, policies, letters of support, referees). A checklist
 * for an opportunity entered by hand as a grant starts from this one.
 */
export const DEFAULT_GRANT_CHECKLIST_TEMPLATE: ChecklistTemplateItem[] = [
  grantItem('governing-document', 'Governing document (constitution, articles or trust deed)', 10),
  grantItem('accounts', 'Latest annual accounts (or a statement of income and spending)', 10),
  grantItem('bank-statement', 'Recent bank statement in the organisation’s name', 10),
  grantItem('budget', 'Project budget: costs, match funding and what you ask the funder for', 8),
  grantItem('policies', 'Policies: safeguarding, equality, data protection, volunteers', 8),
  grantItem('letters-of-support', 'Letters of support from partners', 8),
  grantItem('referees', 'Referees: names and contact details, and that they agree', 8),
  grantItem('outcomes', 'Outcomes and how you will measure them', 6),
  grantItem('eligibility', 'Check every eligibility rule in the guidance again', 4),
];

function grantItem(id: string, title: string, offsetDays: number): ChecklistTemplateItem {
  return { id, title, offsetDays, offsetUnit: 'working-days' };
}

/**
 * A template in working days. One saved before the one schedule counted calendar days (its items
 * carry no unit): each offset becomes the working days in that many calendar days (five in
 * seven, rounded), so its items still come due about when the user set them.
 */
export function templateInWorkingDays(
  items: readonly ChecklistTemplateItem[],
): ChecklistTemplateItem[] {
  return items.map((item) =>
    item.offsetUnit === 'working-days'
      ? item
      : { ...item, offsetDays: Math.round((item.offsetDays * 5) / 7), offsetUnit: 'working-days' },
  );
}

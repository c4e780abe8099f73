/**
 * Deterministic FTS-like release packages for the import benchmark, modelled on real Find a
 * Tender UK4 releases (fixtures 083662-2026 and 083563-2026): same field names and nesting,
 * 1-5 lots with values, contract periods, suitability and percentage award criteria, items with
 * CPV codes tied to lots, notice documents, and some ocids published 2-3 times (UK2 engagement,
 * UK4 tender, UK4 update) with the releases shuffled, as a day's API page mixes them.
 */

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const int = (r: Random, min: number, max: number): number =>
  min + Math.floor(r() * (max - min + 1));

const BUYERS = [
  ['Staffordshire Commissioner', 'Stafford', 'ST18 0YY', 'UKG24'],
  ['Cleveland Police and Crime Commissioner', 'Middlesbrough', 'TS1 2AX', 'UKC12'],
  ['West Midlands Combined Authority', 'Birmingham', 'B19 3SD', 'UKG31'],
  ['Science Museum Group', 'London', 'SW7 2DD', 'UKI33'],
  ['Arts Council England', 'Manchester', 'M1 1FN', 'UKD33'],
  ['Leeds City Council', 'Leeds', 'LS1 1UR', 'UKE42'],
  ['NHS Kent and Medway ICB', 'Maidstone', 'ME14 1XX', 'UKJ41'],
  ['Cardiff Council', 'Cardiff', 'CF10 4UW', 'UKL22'],
] as const;
const SERVICES = [
  'Victim and Witness Support',
  'Domestic Abuse Outreach',
  'Hate Crime Advocacy',
  'Stalking Advocacy (ISAC)',
  'Restorative Justice',
  'Youth Diversion',
  'Cultural Education Evaluation',
  'Community Mental Health Peer Support',
];
const CPV = [
  ['85312000', 'Social work services without accommodation'],
  ['85320000', 'Social services'],
  ['75231200', 'Services related to the detention or rehabilitation of criminals'],
  ['79419000', 'Evaluation consultancy services'],
  ['85121270', 'Psychiatrist or psychologist services'],
  ['98000000', 'Other community, social and personal services'],
] as const;
const SENTENCES = [
  'The Commissioner’s aim is to provide a single, trauma-informed service – accessible to every victim, whether or not the crime was reported to the police.',
  'Providers will work alongside partners including the police, the Crown Prosecution Service, local authorities and the voluntary sector to give seamless support.',
  'Support must be available in person, by telephone and online, with reasonable adjustments for people with disabilities and those who do not speak English.',
  'The service will meet the Victims’ Code and the Ministry of Justice commissioning standards, and will record outcomes quarterly.',
  'A market engagement event will be held online; interested providers should register via the portal before the deadline.',
  'Bidders should note that TUPE is expected to apply to staff of the incumbent provider; information will be released on request.',
  'Quality will be assessed through written responses and a presentation of three scenarios to a panel including people with lived experience.',
];
const REGION_BST = [2, 3, 4, 5, 6, 7, 8, 9]; // months (0-based) roughly on British Summer Time

/** An ISO instant with the UK offset of the day, as FTS writes them. */
function instant(ms: number, time?: string): string {
  const month = new Date(ms).getUTCMonth();
  const offset = REGION_BST.includes(month) ? '+01:00' : '+00:00';
  const local = new Date(ms + (offset === '+01:00' ? 3_600_000 : 0)).toISOString();
  return `${local.slice(0, 10)}T${time ?? local.slice(11, 19)}${offset}`;
}

const DAY = 86_400_000;

interface ProcessPlan {
  ocid: string;
  seed: number;
  stages: ('planning' | 'tender' | 'update')[];
  firstNotice: number;
  start: number; // epoch ms of the first release
}

type Stage = ProcessPlan['stages'][number];

function plans(releaseCount: number, seed: number): { plan: ProcessPlan; stage: Stage }[] {
  const r = prng(seed);
  const out: { plan: ProcessPlan; stage: Stage }[] = [];
  for (let p = 0; out.length < releaseCount; p++) {
    const roll = r();
    const all: Stage[] =
      roll < 0.6
        ? ['tender']
        : roll < 0.85
          ? ['planning', 'tender']
          : ['planning', 'tender', 'update'];
    const stages = all.slice(0, releaseCount - out.length);
    const plan: ProcessPlan = {
      ocid: `ocds-h6vhtk-${(0x100000 + p * 7 + (seed % 7)).toString(16).padStart(6, '0')}`,
      seed: Math.floor(r() * 2 ** 31),
      stages,
      firstNotice: 10_000 + p * 3,
      start: Date.UTC(2026, 0, 5) + Math.floor(r() * 300) * DAY + int(r, 8, 17) * 3_600_000,
    };
    for (const stage of stages) out.push({ plan, stage });
  }
  // Shuffle so that an ocid's releases are not next to each other (Fisher-Yates).
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
  }
  return out;
}

function releaseFor(plan: ProcessPlan, stage: Stage): Record<string, unknown> {
  // Shared facts come from the plan's seed so that every release of an ocid agrees.
  const r = prng(plan.seed);
  const [buyerName, locality, postalCode, region] = pick(r, BUYERS);
  const service = pick(r, SERVICES);
  const lotCount = int(r, 1, 5);
  const price = pick(r, [20, 30, 40]);
  const step = plan.stages.indexOf(stage);
  const date = plan.start + step * int(r, 20, 40) * DAY + step * 3_600_000;
  const id = `${String(plan.firstNotice + step).padStart(6, '0')}-2026`;
  const deadline = plan.start + int(r, 60, 90) * DAY + (stage === 'update' ? 14 * DAY : 0);
  const buyerId = `GB-PPON-${plan.ocid.slice(-6).toUpperCase()}-BUYR`;
  const noticeType = stage === 'planning' ? 'UK2' : 'UK4';
  const lots = Array.from({ length: lotCount }, (_, i) => {
    const amount = int(r, 20, 900) * 1000;
    const start = deadline + int(r, 40, 70) * DAY;
    return {
      id: String(i + 1),
      title: `Lot ${i + 1} - ${pick(r, SERVICES)}`,
      description: `${pick(r, SERVICES)} across ${locality} and the surrounding area`,
      status: stage === 'planning' ? 'planned' : 'active',
      value: { amountGross: amount * 1.2, amount, currency: 'GBP' },
      awardCriteria: {
        criteria: [
          { type: 'price', name: 'Price', numbers: [{ number: price, weight: 'percentageExact' }] },
          {
            type: 'quality',
            name: 'Quality',
            numbers: [{ number: 100 - price, weight: 'percentageExact' }],
          },
        ],
      },
      suitability: { sme: r() < 0.8, vcse: r() < 0.6 },
      contractPeriod: {
        startDate: instant(start, '00:00:00'),
        endDate: instant(start + int(r, 1, 4) * 365 * DAY - DAY, '23:59:59'),
        maxExtentDate: instant(start + 5 * 365 * DAY - DAY, '23:59:59'),
      },
    };
  });
  const notice = (n: number, type: string, when: number) => ({
    id: `${String(plan.firstNotice + n).padStart(6, '0')}-2026`,
    documentType: type === 'UK2' ? 'marketEngagementNotice' : 'tenderNotice',
    noticeType: type,
    description: `${type === 'UK2' ? 'Preliminary market engagement' : 'Tender'} notice on Find a Tender`,
    url: `https://www.find-tender.service.gov.uk/Notice/${String(plan.firstNotice + n).padStart(6, '0')}-2026`,
    datePublished: instant(when),
    format: 'text/html',
  });
  const documents = plan.stages
    .slice(0, step + 1)
    .map((s, n) => notice(n, s === 'planning' ? 'UK2' : 'UK4', date));
  const tender: Record<string, unknown> = {
    id: `${plan.ocid.slice(-6).toUpperCase()}/${service.slice(0, 3).toUpperCase()}`,
    legalBasis: {
      id: '2023/54',
      scheme: 'UKPGA',
      uri: 'https://www.legislation.gov.uk/ukpga/2023/54/contents',
    },
    title: `${service} Service${lotCount > 1 ? ` (${lotCount} lots)` : ''}`,
    description: Array.from({ length: 2 }, () => pick(r, SENTENCES)).join('\n'),
    status: stage === 'planning' ? 'planned' : 'active',
    items: lots.map((lot, i) => ({
      id: String(i + 1),
      additionalClassifications: [0, 1].map(() => {
        const [code, description] = pick(r, CPV);
        return { scheme: 'CPV', id: code, description };
      }),
      deliveryAddresses: [{ region, country: 'GB', countryName: 'United Kingdom' }],
      relatedLot: lot.id,
    })),
    value: {
      amountGross: lots.reduce((sum, l) => sum + l.value.amountGross, 0),
      amount: lots.reduce((sum, l) => sum + l.value.amount, 0),
      currency: 'GBP',
    },
    procurementMethod: 'selective',
    procurementMethodDetails: 'Competitive flexible procedure',
    mainProcurementCategory: 'services',
    specialRegime: ['lightTouch'],
    aboveThreshold: true,
    submissionMethodDetails: `https://procontract.due-north.com/Advert?advertId=${plan.seed.toString(16)}`,
    tenderPeriod: { endDate: instant(deadline, '12:00:00') },
    enquiryPeriod: { endDate: instant(deadline - 10 * DAY, '17:00:00') },
    awardPeriod: {
      startDate: instant(deadline + 20 * DAY, '00:00:00'),
      endDate: instant(deadline + 30 * DAY, '23:59:59'),
    },
    lots,
    documents,
  };
  if (stage === 'planning')
    tender.communication = { futureNoticeDate: instant(date + 30 * DAY, '23:59:59') };
  if (stage === 'update') {
    tender.amendments = [
      {
        id: '1',
        description: `Tender deadline extended. ${pick(r, SENTENCES)}`,
        date: instant(date),
      },
    ];
  }
  const release: Record<string, unknown> = {
    ocid: plan.ocid,
    id,
    date: instant(date),
    tag: [stage === 'planning' ? 'planning' : stage === 'update' ? 'tenderUpdate' : 'tender'],
    initiationType: 'tender',
    parties: [
      {
        name: buyerName,
        id: buyerId,
        identifier: { scheme: 'GB-PPON', id: buyerId.slice(8) },
        address: {
          streetAddress: `${int(r, 1, 200)} High Street`,
          locality,
          postalCode,
          country: 'GB',
          countryName: 'United Kingdom',
          region,
        },
        contactPoint: { name: 'Commissioning Team', email: 'commissioning@example.gov.uk' },
        roles: ['buyer'],
        details: {
          classifications: [
            {
              scheme: 'UK_CA_TYPE',
              id: 'publicAuthoritySubCentralGovernment',
              description: 'Public authority - sub-central government',
            },
          ],
        },
      },
    ],
    buyer: { id: buyerId, name: buyerName },
    tender,
    language: 'en',
  };
  if (stage === 'planning') {
    release.planning = {
      milestones: [
        {
          id: 'engagement',
          type: 'engagement',
          title: 'Market engagement event',
          description: `MARKET ENGAGEMENT EVENT - commencing at 10:00 and concluding at approximately 11:30. ${pick(r, SENTENCES)}`,
          dueDate: instant(date + 14 * DAY, '23:59:59'),
          status: 'scheduled',
        },
      ],
      documents: [notice(0, noticeType, date)],
    };
  }
  return release;
}

const HEADER = {
  uri: 'https://www.find-tender.service.gov.uk/api/1.0/ocdsReleasePackages',
  version: '1.1',
  extensions: [
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json',
    'https://raw.githubusercontent.com/open-contracting-extensions/ocds_suitability_extension/master/extension.json',
    'https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json',
  ],
  publishedDate: '2026-09-03T23:59:00+01:00',
  publisher: {
    name: 'Cabinet Office',
    scheme: 'GB-GOR',
    uid: 'D2',
    uri: 'https://www.gov.uk/government/organisations/cabinet-office',
  },
  license: 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  publicationPolicy: 'https://www.gov.uk/government/publications/open-contracting',
};

/**
 * The package as a sequence of compact JSON pieces (header, then one release per piece, then
 * `links` after the array as the FTS API writes it), so a large package can be written to disk
 * without holding it as one string.
 */
export function* releasePackageChunks(releaseCount: number, seed: number): Generator<string> {
  yield `${JSON.stringify(HEADER).slice(0, -1)},"releases":[`;
  let first = true;
  for (const { plan, stage } of plans(releaseCount, seed)) {
    yield (first ? '' : ',') + JSON.stringify(releaseFor(plan, stage));
    first = false;
  }
  yield '],"links":{"next":null}}';
}

/** A whole package as one string: `releaseCount` releases, about 5 KB each, fixed by `seed`. */
export function generateReleasePackage(releaseCount: number, seed: number): string {
  return [...releasePackageChunks(releaseCount, seed)].join('');
}

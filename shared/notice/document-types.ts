/**
 * OCDS document types (the open `documentType` codelist, and the codes Find a Tender and
 * Contracts Finder add) in the words a bidder uses. The code is kept for a tooltip: it is what
 * the buyer's portal and the notice's data call the document.
 */
const DOCUMENT_TYPES: Record<string, string> = {
  plannedProcurementNotice: 'Planned procurement notice',
  marketEngagementNotice: 'Market engagement notice',
  tenderNotice: 'Tender notice',
  contractNotice: 'Contract notice',
  awardNotice: 'Award notice',
  tenderCancellationNotice: 'Cancellation notice',
  notice: 'Notice',
  completionCertificate: 'Completion certificate',
  procurementPlan: 'Procurement plan',
  needsAssessment: 'Needs assessment',
  feasibilityStudy: 'Feasibility study',
  projectPlan: 'Project plan',
  marketStudies: 'Market studies',
  hearingNotice: 'Public hearing notice',
  biddingDocuments: 'Bidding documents',
  submissionDocuments: 'Submission documents',
  technicalSpecifications: 'Technical specifications',
  evaluationCriteria: 'Evaluation criteria',
  eligibilityCriteria: 'Eligibility criteria',
  technicalSelectionCriteria: 'Technical selection criteria',
  economicSelectionCriteria: 'Economic and financial selection criteria',
  clarifications: 'Clarifications',
  enquiryResponses: 'Answers to bidders’ questions',
  shortlistedFirms: 'Shortlisted suppliers',
  evaluationReports: 'Evaluation report',
  winningBid: 'Winning bid',
  complaints: 'Complaints',
  bidders: 'Bidders',
  conflictOfInterest: 'Conflict of interest',
  debarments: 'Debarments',
  illustration: 'Illustration',
  billOfQuantity: 'Bill of quantities',
  environmentalImpact: 'Environmental impact',
  assetAndLiabilityAssessment: 'Assessment of assets and liabilities',
  riskProvisions: 'Risk provisions',
  contractDraft: 'Draft contract',
  contractSigned: 'Signed contract',
  contractArrangements: 'Contract arrangements',
  contractSchedule: 'Contract schedules',
  contractAnnexe: 'Contract annex',
  contractGuarantees: 'Guarantees',
  contractSummary: 'Contract summary',
  subContract: 'Subcontracts',
  physicalProgressReport: 'Progress report',
  financialProgressReport: 'Financial progress report',
  finalAudit: 'Final audit',
  cancellationDetails: 'Cancellation details',
  // Codes seen in Find a Tender data outside the codelist.
  x_map: 'Map',
  x_consultationDocument: 'Consultation document',
};

/**
 * "Bidding documents" for `biddingDocuments`; a code Bid Desk does not know is split into words
 * ("x_siteVisitForm" → "Site visit form"), never shown as the raw code.
 */
export function documentTypeText(code: string): string {
  if (Object.hasOwn(DOCUMENT_TYPES, code)) return DOCUMENT_TYPES[code] as string;
  const words = code
    .replace(/^x_/, '')
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words ? `${words[0]?.toUpperCase() ?? ''}${words.slice(1)}` : code;
}

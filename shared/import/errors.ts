import { MAX_NESTING_DEPTH } from './limits';

/**
 * Why a file could not be imported, in words a charity worker understands. Every message says
 * what is wrong and which files Bid Desk accepts.
 */
export const ACCEPTED_FILES =
  'Bid Desk reads notice files from Find a Tender or Contracts Finder: the OCDS JSON file ' +
  '(a release, release package or record package) or the notice page saved as text.';

export type ImportErrorCode =
  | 'empty-file'
  | 'pdf'
  | 'html-page'
  | 'binary'
  | 'truncated-json'
  | 'invalid-json'
  | 'not-ocds'
  | 'no-releases'
  | 'linked-releases-only'
  | 'commissioning-strategy'
  | 'not-a-notice'
  | 'unsupported-encoding'
  | 'too-large'
  | 'too-deep'
  | 'changed-while-reading'
  | 'cancelled';

export interface ImportErrorDetails {
  /** For `commissioning-strategy`: the buyer the document seems to belong to, if named. */
  buyerName?: string | null;
  /** A short title for the document, when one can be read. */
  title?: string | null;
}

/** A file that cannot be imported. Thrown inside the engine, returned (never thrown) at its edge. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly details: ImportErrorDetails;

  constructor(code: ImportErrorCode, message: string, details: ImportErrorDetails = {}) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
    this.details = details;
  }
}

/** Build the standard error for a code, with the file's name in the sentence. */
export function importError(
  code: ImportErrorCode,
  fileName: string,
  details: ImportErrorDetails = {},
): ImportError {
  const name = `“${fileName}”`;
  const messages: Record<ImportErrorCode, string> = {
    'empty-file': `${name} is empty. ${ACCEPTED_FILES}`,
    pdf: `${name} is a PDF. Bid Desk cannot read notices from PDFs; download the notice's OCDS JSON from Find a Tender or Contracts Finder, or save the notice page as text. ${ACCEPTED_FILES}`,
    'html-page': `${name} is a web page, not a notice file (it may be a login or error page saved by mistake). ${ACCEPTED_FILES}`,
    binary: `${name} is not a text file. ${ACCEPTED_FILES}`,
    'truncated-json': `${name} looks like OCDS JSON but stops part-way through, so it was probably not downloaded completely. Download it again. Nothing was imported.`,
    'invalid-json': `${name} looks like JSON but cannot be read as JSON. ${ACCEPTED_FILES}`,
    'not-ocds': `${name} is JSON but not an OCDS notice (it has no releases, records or ocid). ${ACCEPTED_FILES}`,
    'no-releases': `${name} is an OCDS package with no releases in it, so there is nothing to import.`,
    'linked-releases-only': `${name} is an OCDS record package that only links to its releases on the web and has no compiled release. Bid Desk works offline: download the releases themselves (a release package) and import that.`,
    'commissioning-strategy': `${name} is a commissioning strategy, not a procurement notice: it has no deadlines or lots to import. Bid Desk can keep it as a reference document for the buyer.`,
    'not-a-notice': `${name} is a text file but not a notice page: it has no notice title, buyer or OCDS data. ${ACCEPTED_FILES}`,
    'unsupported-encoding': `${name} uses a text encoding Bid Desk cannot read. Save it as UTF-8 and try again.`,
    'too-large': `${name} is too large to be a notice file. ${ACCEPTED_FILES}`,
    'too-deep': `${name} nests its data far deeper than any notice does (more than ${MAX_NESTING_DEPTH.toLocaleString('en-GB')} levels), so it is damaged or not a notice file. Nothing was imported. ${ACCEPTED_FILES}`,
    'changed-while-reading': `${name} changed while Bid Desk was reading it (it may still have been downloading or saving). Nothing was imported. Import it again once it is complete.`,
    cancelled: `Import of ${name} was cancelled. Nothing was imported.`,
  };
  return new ImportError(code, messages[code], details);
}

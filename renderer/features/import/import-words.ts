/**
 * What a failed import says first, in the user's words: which file it is and what to do, not how
 * the file is built. The engine's own sentence (OCDS, JSON, releases) stays one click away under
 * "Details", for the user who wants it or a report.
 */
const NOT_A_NOTICE = 'This file is not a notice from Find a Tender or Contracts Finder.';

/** By the import error's code. A code not listed already speaks to the user and stands alone. */
const HEADLINES: Readonly<Record<string, string>> = {
  'empty-file': 'This file is empty: there is no notice in it.',
  pdf: 'This file is a PDF, not a notice file from Find a Tender or Contracts Finder.',
  'html-page': NOT_A_NOTICE,
  binary: NOT_A_NOTICE,
  'invalid-json': NOT_A_NOTICE,
  'not-ocds': NOT_A_NOTICE,
  'not-a-notice': NOT_A_NOTICE,
  'too-large': NOT_A_NOTICE,
  'too-deep': NOT_A_NOTICE,
  'truncated-json': 'This file was not downloaded completely. Download it again.',
  'no-releases': 'This file holds no notices, so there is nothing to import.',
  'linked-releases-only':
    'This file only links to its notices on the web. Download the notices themselves and import those.',
  'unsupported-encoding':
    'Bid Desk cannot read the text in this file. Save it as UTF-8 and try again.',
};

/**
 * The sentence a failed import shows, and the engine's technical one for a "Details" line (null
 * when the sentence is already the engine's own).
 */
export function importErrorWords(error: { code: string; message: string }): {
  sentence: string;
  details: string | null;
} {
  const sentence = HEADLINES[error.code];
  return sentence
    ? { sentence, details: error.message }
    : { sentence: error.message, details: null };
}

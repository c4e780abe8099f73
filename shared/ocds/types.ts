/**
 * A release as it arrives in a notice file. Deliberately loose: real FTS and Contracts Finder data
 * is not always schema-valid, and the merge must carry unknown fields through untouched.
 */
export type OcdsRelease = {
  [key: string]: unknown;
  ocid?: unknown;
  id?: unknown;
  date?: unknown;
  tag?: unknown;
};

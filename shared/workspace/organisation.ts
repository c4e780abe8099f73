/**
 * Is this supplier your organisation? Award notices name suppliers as their publishers typed
 * them ("OPENVIEW SECURITY SOLUTIONS LTD.", "The Daisy Chain Project CIO") and often identify
 * them by Companies House or charity number (`GB-COH-08229264`, `GB-CHC-1109792`).
 */
import type { Organisation } from './model';

/** Legal forms and articles that say nothing about which organisation it is, as words. */
const LEGAL_FORMS: readonly string[][] = [
  ['community', 'interest', 'company'],
  ['charitable', 'incorporated', 'organisation'],
  ['charitable', 'incorporated', 'organization'],
  ['limited'],
  ['ltd'],
  ['plc'],
  ['llp'],
  ['cic'],
  ['cio'],
  ['the'],
];

/**
 * A supplier name reduced to what identifies it: case, accents, punctuation and spacing,
 * "&"/"and", a leading or trailing "The" and trailing legal forms ("Ltd", "Limited", "CIC",
 * "CIO", "PLC", "LLP") do not count. "The Acme Trust Ltd." and "ACME TRUST LIMITED" give the
 * same key.
 */
export function organisationNameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words.length > 1 && words[0] === 'the') words.shift();
  let trimmed = true;
  while (trimmed) {
    trimmed = false;
    for (const form of LEGAL_FORMS) {
      const tail = words.slice(-form.length);
      if (words.length > form.length && tail.join(' ') === form.join(' ')) {
        words.splice(-form.length);
        trimmed = true;
      }
    }
  }
  return words.join('');
}

/** A register number as registers write it: upper case, no spaces; company numbers have 8 characters. */
function registerNumber(raw: string, company: boolean): string {
  const clean = raw.toUpperCase().replace(/\s+/g, '');
  return company && /^\d{1,8}$/.test(clean) ? clean.padStart(8, '0') : clean;
}

/** The register a supplier's id points at (`GB-COH-…` a company, `GB-CHC/SC/NIC-…` a charity). */
function supplierRegister(id: string | null): { company: boolean; number: string } | null {
  const match = /^GB-(COH|CHC|SC|NIC)-(.+)$/i.exec(id?.trim() ?? '');
  if (!match) return null;
  const company = (match[1] as string).toUpperCase() === 'COH';
  return { company, number: registerNumber(match[2] as string, company) };
}

/**
 * Whether an award's supplier is your organisation. Where the supplier's id and your settings
 * both give a number in the same register, the number decides (two charities may share a name:
 * many local Minds and Age UKs do); otherwise the names are compared by `organisationNameKey`,
 * with and without what they say in brackets.
 */
export function isYourOrganisation(
  supplier: { id: string | null; name: string },
  organisation: Organisation,
): boolean {
  const register = supplierRegister(supplier.id);
  const yours = register?.company ? organisation.companyNumber : organisation.charityNumber;
  if (register && yours) return registerNumber(yours, register.company) === register.number;
  const yourKeys = nameKeys(organisation.name);
  return [...nameKeys(supplier.name)].some((key) => key !== '' && yourKeys.has(key));
}

/**
 * A name's key with and without what it says in brackets, so "Waste and Resources Action
 * Programme (WRAP)" is found as "Waste & Resources Action Programme", and "Kyocera Document
 * Solutions (U.K.) Limited" as "Kyocera Document Solutions UK Ltd".
 */
function nameKeys(name: string): Set<string> {
  return new Set([
    organisationNameKey(name),
    organisationNameKey(name.replace(/\([^()]*\)/g, ' ')),
  ]);
}

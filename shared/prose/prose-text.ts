/**
 * Text helpers shared by the prose readers: repairing FTS text, finding links, splitting
 * sentences and cutting snippets. Every regex here uses bounded or non-overlapping quantifiers
 * so a hostile 200k-character description cannot make the importer hang.
 */

/**
 * Repair text as FTS JSON sometimes carries it: "PS704,000" becomes "£704,000", runs of
 * whitespace collapse to one space and the ends are trimmed. Only "PS" at the start of a word and
 * directly followed by a digit is a pound sign, so "PSQ", "UPS" and "PS 5" are left alone.
 */
export function repairText(text: string): string {
  const pounds = text.includes('PS') ? text.replace(/\bPS(?=\d)/g, '£') : text;
  // Most text is already single-spaced: then collapsing would only copy it.
  const spaced = ODD_SPACING.test(pounds) ? pounds.replace(/\s+/g, ' ') : pounds;
  return spaced.trim();
}

/** Whitespace that collapsing changes: a run of two, or any kind but a plain space. */
const ODD_SPACING = /\s\s|[^\S ]/;

/** A link found in text, with where it starts. */
export interface FoundUrl {
  url: string;
  index: number;
}

/**
 * Every match of a global regular expression, as `text.matchAll(re)` gives them, without the
 * copy of the expression matchAll makes on every call (prose is read for every notice of an
 * import). The matches are collected before the caller sees them, so the shared `lastIndex` is
 * never in use by two readings at once.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error('allMatches needs a global regular expression');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // As matchAll: an empty match moves on by one character.
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

// Characters that end a URL in prose; a trailing full stop or comma belongs to the sentence.
const URL_RE = /https?:\/\/[^\s<>"'`{}|\\^[\]]+/gi;
const URL_TRAILING = /[.,;:!?)]+$/;

/** Every http(s) link in the text, in order, without trailing sentence punctuation. */
export function findUrls(text: string): FoundUrl[] {
  const out: FoundUrl[] = [];
  for (const m of allMatches(URL_RE, text)) {
    let url = m[0].replace(URL_TRAILING, '');
    // Keep a closing bracket that belongs to the URL, e.g. a wiki link "Foo_(bar)".
    if (m[0].length > url.length && url.includes('(') && !url.includes(')')) {
      const rest = m[0].slice(url.length);
      if (rest.startsWith(')')) url += ')';
    }
    if (url.length > 'https://'.length) out.push({ url, index: m.index });
  }
  return out;
}

const MEETING_HOSTS = [
  /(^|\.)teams\.microsoft\.com$/,
  /(^|\.)teams\.live\.com$/,
  /(^|\.)zoom\.us$/,
  /(^|\.)zoom\.com$/,
  /^meet\.google\.com$/,
  /(^|\.)eventbrite\.[a-z.]+$/,
  /(^|\.)webex\.com$/,
  /(^|\.)gotomeeting\.com$/,
  /(^|\.)gotowebinar\.com$/,
  /^meet\.goto\.com$/,
  /(^|\.)whereby\.com$/,
  /(^|\.)bluejeans\.com$/,
  /(^|\.)livestorm\.co$/,
  /(^|\.)hopin\.com$/,
  /(^|\.)crowdcast\.io$/,
];

function hostOf(url: string): string | null {
  const m = /^https?:\/\/(?:[^/?#@]{0,200}@)?([^/?#:]{1,253})/i.exec(url);
  return m?.[1]?.toLowerCase() ?? null;
}

/** True for links to meeting or event-booking services (Teams, Zoom, Google Meet, Eventbrite...). */
export function isMeetingUrl(url: string): boolean {
  const host = hostOf(url);
  return host !== null && MEETING_HOSTS.some((re) => re.test(host));
}

// Words just before a link that say it is for joining or booking a place, not for reading.
const JOIN_CUE =
  /\b(?:join(?:ing)?|register|registration|book(?:ing)?|sign[- ]?up|rsvp|webinar link|meeting link|dial[- ]in)\b[^.!?]{0,40}$/i;

/**
 * The link a user would click to join or book an engagement event. A meeting-service link
 * (Teams, Zoom, Meet, Eventbrite, Webex...) wins; otherwise a link introduced by "join",
 * "register", "book" or "sign up". Other links (slides, portals, documents) are not joining links,
 * so the answer is null rather than a guess.
 */
export function findOnlineUrl(text: string): string | null {
  const urls = findUrls(text);
  const meeting = urls.find((u) => isMeetingUrl(u.url));
  if (meeting) return meeting.url;
  const cued = urls.find((u) => JOIN_CUE.test(text.slice(Math.max(0, u.index - 60), u.index)));
  return cued?.url ?? null;
}

/** The text with every link blanked out (same length), so words inside URLs are not read as cues. */
export function maskUrls(text: string): string {
  return text.replace(URL_RE, (m) => ' '.repeat(m.length));
}

/** Half-open character range in a text. */
export interface Span {
  start: number;
  end: number;
}

// A full stop after these words does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'approx',
  'e.g',
  'i.e',
  'vs',
  'etc',
]);

/** Where a sentence may end: see splitSentences. */
const SENTENCE_BREAK = /[.!?](?=\s+["'“‘(*•]?[A-Z])|\n|\s[•*]\s/g;

/**
 * Sentence ranges: a sentence ends at ".", "!" or "?" followed by whitespace and a capital letter,
 * at a line break, or at a bullet. Good enough for notice prose; abbreviations such as "approx."
 * do not end a sentence.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number, next: number): void => {
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = next;
  };
  for (const m of allMatches(SENTENCE_BREAK, text)) {
    const at = m.index;
    if (m[0] === '.') {
      const word = /([A-Za-z.]{1,6})$/.exec(text.slice(Math.max(0, at - 6), at))?.[1];
      if (word && ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    // A stop belongs to its sentence; a line break or bullet belongs to neither.
    const isStop = m[0].length === 1 && m[0] !== '\n';
    push(isStop ? at + 1 : at, at + m[0].length);
  }
  push(text.length, text.length);
  return spans;
}

/** The sentence containing `index` (binary search), or the whole text when there is none. */
export function sentenceAt(sentences: Span[], index: number, textLength: number): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Span;
    if (index < s.start) hi = mid - 1;
    else if (index >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: 0, end: textLength };
}

/** The first sentence starting at or after `index`, if any (binary search). */
export function sentenceAfter(sentences: Span[], index: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Span).start < index) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo];
}

/**
 * The words a fact was read from: the sentence around the match, repaired and trimmed to about
 * `max` characters, centred on the match when the sentence is long.
 */
export function snippetOf(text: string, sentence: Span, match: Span, max = 200): string {
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > max) {
    const mid = Math.floor((match.start + match.end) / 2);
    start = Math.max(sentence.start, Math.min(mid - Math.floor(max / 2), sentence.end - max));
    end = Math.min(sentence.end, start + max);
    start = Math.min(start, match.start);
    end = Math.max(end, match.end);
    // Cut at word boundaries so the snippet does not start or end mid-word.
    const first = text.indexOf(' ', start);
    if (start > sentence.start && first !== -1 && first < match.start) start = first + 1;
    const last = text.lastIndexOf(' ', end);
    if (end < sentence.end && last > match.end) end = last;
  }
  const core = repairText(text.slice(start, end));
  return `${start > sentence.start ? '…' : ''}${core}${end < sentence.end ? '…' : ''}`;
}

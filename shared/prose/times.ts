/** Clock times in notice prose: "4pm", "10.30am", "16:00", "1400hrs", "noon", "12:00 midday". */
import { allMatches } from './prose-text';

/**
 * Regex source for one clock time. Groups: 1 hour, 2 minutes, 3 am/pm (12-hour); 4 hour,
 * 5 minutes (24-hour); 6 hour, 7 minutes ("1400hrs"); 8 a word (noon, midday, midnight).
 * A trailing "midday"/"noon" after a number ("12:00 midday", "12 noon") is swallowed.
 */
export const TIME_SOURCE = [
  String.raw`(?:(\d{1,2})(?:[:.](\d{2}))?\s{0,2}([ap])(?:\.\s?m\b\.?|m\b)`,
  String.raw`(\d{1,2}):(\d{2})(?:\s{0,2}(?:hrs|hours|h)\b)?`,
  String.raw`(\d{2})(\d{2})\s{0,2}hrs\b`,
  String.raw`(?:12\s{0,2})?\b(noon|midday|midnight)\b)(?:\s{1,2}(?:midday|noon)\b)?`,
].join('|');

/** `HH:mm` from a TIME_SOURCE match whose first group is `g[offset]`, or null if impossible. */
export function timeFromGroups(g: ReadonlyArray<string | undefined>, offset = 0): string | null {
  const at = (i: number): string | undefined => g[offset + i - 1];
  let hour: number;
  let minute: number;
  const word = at(8)?.toLowerCase();
  if (word) {
    // "By midnight on 14 May" means the end of that day, not its first minute.
    return word === 'midnight' ? '23:59' : '12:00';
  } else if (at(3)) {
    hour = Number(at(1));
    minute = Number(at(2) ?? '0');
    if (hour < 1 || hour > 12) return null;
    const pm = at(3)?.toLowerCase() === 'p';
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (at(4)) {
    hour = Number(at(4));
    minute = Number(at(5));
  } else if (at(6)) {
    hour = Number(at(6));
    minute = Number(at(7));
  } else {
    return null;
  }
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const TIME_ALONE = new RegExp(String.raw`^\s*(?:${TIME_SOURCE})\s*$`, 'i');

/** Parse a text that is only a time ("10.30am", "noon", "12:00 midday", "16:00") to `HH:mm`. */
export function parseTime(text: string): string | null {
  const m = TIME_ALONE.exec(text.slice(0, 100));
  return m ? timeFromGroups(m, 1) : null;
}

/** A time found in text. */
export interface FoundTime {
  time: string;
  index: number;
  end: number;
}

const ANY_TIME = new RegExp(String.raw`\b(?:${TIME_SOURCE})`, 'gi');

/** Every clock time in a text, in order. */
export function findTimes(text: string): FoundTime[] {
  const out: FoundTime[] = [];
  for (const m of allMatches(ANY_TIME, text)) {
    const time = timeFromGroups(m, 1);
    if (time) out.push({ time, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

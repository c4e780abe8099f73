/**
 * The "Lot Information" section of a notice page: per lot a title line, description lines and a
 * closing "Renewal: …" line (seed 000: three lots, each "Renewal: Will be optional").
 */

/** One lot as the page prints it. */
export interface PageLot {
  title: string;
  description: string | null;
  /** The text after "Renewal:", or null when the page prints no renewal line for the lot. */
  renewal: string | null;
}

const RENEWAL_LINE = /^Renewal:\s*(.*)$/i;

/**
 * Split the section's lines into lots. A "Renewal:" line closes a lot; lines left over without
 * one are read as title/description pairs, the layout of a lot whose notice states no renewal.
 */
export function parseLotInformation(section: string | undefined): PageLot[] {
  if (!section) return [];
  const lots: PageLot[] = [];
  let open: string[] = [];
  const close = (lines: string[], renewal: string | null): void => {
    const [title, ...rest] = lines;
    if (title === undefined) return;
    lots.push({ title, description: rest.length > 0 ? rest.join('\n') : null, renewal });
  };
  for (const raw of section.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const renewal = RENEWAL_LINE.exec(line);
    if (renewal) {
      close(open, (renewal[1] as string).trim() || null);
      open = [];
    } else {
      open.push(line);
    }
  }
  for (let i = 0; i < open.length; i += 2) close(open.slice(i, i + 2), null);
  return lots;
}

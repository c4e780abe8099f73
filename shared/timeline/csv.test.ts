/**
 * The CSV export parsed back by an RFC 4180 reader written here (independent of the writer), and
 * opened by LibreOffice Calc as a UK user would, where LibreOffice is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, seedBytes } from '../../test/corpus';
import { importNoticeFile } from '../import/engine';
import type { Opportunity } from '../notice/model';
import { CSV_COLUMNS, csvCell, toCsv } from './csv';
import type { TimelineItem } from './model';
import { noticeTimeline } from './notice-timeline';

/** RFC 4180: quoted fields may hold commas, CRLF and doubled quotes; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else field += char;
  }
  if (field !== '' || row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}

const stalking = (() => {
  const result = importNoticeFile({
    name: SEEDS.staffordshireStalking,
    bytes: seedBytes(SEEDS.staffordshireStalking),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.opportunities[0] as Opportunity;
})();
const notice = noticeTimeline(stalking, stalking.ocid as string);
const base = notice[0] as TimelineItem;
const tricky: TimelineItem[] = [
  { ...base, id: 'a', title: '=HYPERLINK("http://evil.example","Click")', source: 'bid', done: true, allDay: true, at: '2026-04-27T00:00:00+01:00' },
  { ...base, id: 'b', title: '+44 1785 232385', opportunityTitle: '-2 year contract, "lot" A', at: '2026-05-06T23:30:00Z', allDay: false },
  { ...base, id: 'c', title: '@SUM(A1)', detail: 'Line one\nLine two, with “quotes” and £ and é', lotId: '2', lotTitle: 'Restorative Justice', movedFrom: '2026-04-20', allDay: true, at: '2026-04-24T00:00:00+01:00' },
  { ...base, id: 'd', title: 'Moved timed', movedFrom: '2026-05-01T09:15:00+01:00', at: '2026-05-08T09:15:00+01:00', allDay: false },
  { ...base, id: 'e', kind: 'checklist', source: 'bid', title: 'Quality answer: Q3 - Staffing', owner: 'Okafor, Sam "Finance"', status: 'review', lotId: '1', lotTitle: 'Stalking Service', detail: '', allDay: true, at: '2026-04-29T00:00:00+01:00' },
  { ...base, id: 'f', kind: 'firstDraft', source: 'bid', title: 'First draft complete', done: false, allDay: true, at: '2026-04-16T00:00:00+01:00' },
]; // prettier-ignore
const items = [...notice, ...tricky];
const csv = toCsv(items);

describe('toCsv', () => {
  const rows = parseCsv(csv.slice(1));
  const [header, ...body] = rows;
  const row = (i: number): Record<string, string> =>
    Object.fromEntries(CSV_COLUMNS.map((column, c) => [column, body[i]?.[c] as string]));

  it('starts with a UTF-8 byte-order mark, ends records with CRLF, one row per item', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(body).toHaveLength(items.length);
    for (const cells of body) expect(cells).toHaveLength(CSV_COLUMNS.length);
  });

  it('writes the deadline as a UK date and time with its lane, source and link', () => {
    const i = items.findIndex((item) => item.kind === 'submissionDeadline');
    expect(row(i)).toEqual({
      Opportunity: 'Provision of a Stalking Service in Staffordshire & Stoke-on-Trent',
      Buyer: 'Police, Fire & Crime Commissioner for Staffordshire',
      Lot: '',
      What: 'Submission deadline',
      Date: '06/05/2026',
      Time: '12:00',
      Lane: 'Notice',
      Owner: '',
      Status: '',
      Source: 'Notice',
      'Moved from': '',
      Link: 'https://www.find-tender.service.gov.uk/Notice/032024-2026',
      Details: 'Submit through: https://portal.proquro.co.uk/Suppliers/Tenders/Details?id=1051',
    });
    const contractStart = items.findIndex((item) => item.kind === 'contractStart');
    expect(row(contractStart)).toMatchObject({ Date: '01/12/2026', Time: '' });
  });

  it('shows times in UK time: 23:30 UTC on 6 May is 00:30 on 7 May', () => {
    expect(row(notice.length + 1)).toMatchObject({ Date: '07/05/2026', Time: '00:30' });
  });

  it('never lets a cell start a formula, and keeps quotes, commas and line breaks', () => {
    expect(row(notice.length)).toMatchObject({
      What: `'=HYPERLINK("http://evil.example","Click")`,
      Status: 'Done',
      Source: 'Our plan',
    });
    expect(row(notice.length + 1)).toMatchObject({
      What: "'+44 1785 232385",
      Opportunity: `'-2 year contract, "lot" A`,
    });
    expect(row(notice.length + 2)).toMatchObject({
      What: "'@SUM(A1)",
      Details: 'Line one\nLine two, with “quotes” and £ and é',
      Lot: '2: Restorative Justice',
      'Moved from': '20/04/2026',
    });
    expect(row(notice.length + 3)['Moved from']).toBe('01/05/2026 09:15');
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csv).toContain('"Okafor, Sam ""Finance"""');
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('toCsv columns a spreadsheet filters by', () => {
  const [header, ...body] = parseCsv(csv.slice(1));
  const cell = (i: number, column: string): string =>
    body[i]?.[header?.indexOf(column) ?? -1] as string;

  it('has Opportunity, Lot, Owner and Status each in a column of its own', () => {
    for (const column of ['Opportunity', 'Lot', 'Owner', 'Status']) {
      expect(header?.filter((name) => name === column)).toEqual([column]);
    }
    const q3 = items.findIndex((item) => item.id === 'e');
    expect(cell(q3, 'Opportunity')).toBe(stalking.title);
    expect(cell(q3, 'Lot')).toBe('1: Stalking Service');
    expect(cell(q3, 'Owner')).toBe('Okafor, Sam "Finance"');
    expect(cell(q3, 'Status')).toBe('In review');
    expect(cell(q3, 'Details')).toBe('');
  });

  it('says "To do" for the plan, nothing for the buyer’s dates, and never a code', () => {
    expect(
      cell(
        items.findIndex((item) => item.id === 'f'),
        'Status',
      ),
    ).toBe('To do');
    const deadline = items.findIndex((item) => item.kind === 'submissionDeadline');
    expect(cell(deadline, 'Status')).toBe('');
    const statuses = body.map((row) => row[header?.indexOf('Status') ?? -1]);
    expect(statuses.filter((s) => /todo|not-needed|^review$/.test(s ?? ''))).toEqual([]);
  });
});

/** LibreOffice is a large optional install; where it is, the file must open as a UK user sees it. */
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));

describe('toCsv opened in LibreOffice Calc', () => {
  it('reads dates as UK dates, keeps text as text, and converts to .xlsx', () => {
    if (!soffice) {
      console.warn(
        'LibreOffice is not installed, so the CSV was not opened in Calc (optional: apt-get install -y libreoffice-calc-nogui).',
      );
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'bid-desk-csv-'));
    writeFileSync(join(dir, 'timeline.csv'), csv, 'utf8');
    const convert = (format: string) =>
      spawnSync(
        soffice,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          // Comma, double quote, UTF-8, from line 1, English (UK) as a UK user's Calc reads it.
          '--infilter=CSV:44,34,76,1,,2057',
          '--convert-to',
          format,
          '--outdir',
          dir,
          join(dir, 'timeline.csv'),
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
    expect(convert('fods').status).toBe(0);
    const sheet = readFileSync(join(dir, 'timeline.fods'), 'utf8');
    const cells = [...sheet.matchAll(/<table:table-cell([^>]*)>(.*?)<\/table:table-cell>/gs)];
    const texts = cells.map(([, , inner]) =>
      [...(inner as string).matchAll(/<text:p>(.*?)<\/text:p>/gs)].map((m) => m[1]).join('\n'),
    );
    expect(texts[0]).toBe('Opportunity'); // the byte-order mark is not part of the first cell
    expect(sheet).toContain('office:value-type="date" office:date-value="2026-05-06"');
    expect(sheet).not.toContain('office:date-value="2026-06-05"');
    expect(sheet).not.toMatch(/table:formula=/);
    expect(texts).toContain('&apos;=HYPERLINK(&quot;http://evil.example&quot;,&quot;Click&quot;)');
    expect(texts).toContain(
      'Provision of a Stalking Service in Staffordshire &amp; Stoke-on-Trent',
    );
    expect(texts).toContain('Line one\nLine two, with “quotes” and £ and é');

    expect(convert('xlsx').status).toBe(0);
    const xlsx = readFileSync(join(dir, 'timeline.xlsx'));
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
  }, 240_000);
});

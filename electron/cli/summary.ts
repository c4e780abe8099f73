import { formatUkDate } from '../../shared/calendar/format';
import { awardStatusText, formatMoney } from '../../shared/notice/format';
import { isDayLevelInstant } from '../../shared/calendar/instants';
import { formatKeyDate, midnightMeaning } from '../../shared/notice/midnight';
import type {
  Award,
  AwardSupplier,
  ContractPeriod,
  ImportWarning,
  Opportunity,
} from '../../shared/notice/model';

/** A readable, plain-text summary of an import, for people at a terminal. */
export function formatSummary(opportunities: Opportunity[], warnings: ImportWarning[]): string {
  const lines: string[] = [];
  for (const o of opportunities) {
    lines.push(o.title, '='.repeat(Math.min(o.title.length, 80)));
    lines.push(`Buyer:        ${o.buyer.name}`);
    lines.push(`Reference:    ${o.ocid ?? 'none'} (${sourceName(o.source)})`);
    lines.push(`Notice:       ${o.noticeType ?? 'no UK notice type'} · stage ${o.stage}`);
    const value = formatMoney(o.value);
    if (value) lines.push(`Value:        ${value}`);
    const suitable = [
      o.suitability.sme ? 'SMEs' : null,
      o.suitability.vcse ? 'VCSEs' : null,
    ].filter(Boolean);
    if (suitable.length) lines.push(`Suitable for: ${suitable.join(' and ')}`);
    if (o.submissionUrl) lines.push(`Submit via:   ${o.submissionUrl}`);
    if (o.keyDates.length) {
      lines.push('', 'Key dates (UK time):');
      for (const d of o.keyDates) {
        const lot = d.lotId ? ` [lot ${d.lotId}]` : '';
        const derived = d.derived ? ' (from the description)' : '';
        const midnight = midnightMeaning(d);
        const meaning = midnight ? ` (${midnight})` : '';
        lines.push(
          `  ${formatUkDate(d.at, d.allDay).padEnd(18)} ${d.label}${lot}${derived}${meaning}`,
        );
      }
    }
    for (const e of o.engagementEvents) {
      lines.push('', `Engagement: ${e.title}`);
      if (e.start)
        lines.push(
          `  When:  ${formatUkDate(e.start, e.allDay)}${e.end ? ` to ${formatUkDate(e.end).slice(-5)}` : ''}`,
        );
      if (e.place) lines.push(`  Where: ${e.place}`);
      if (e.onlineUrl) lines.push(`  Join:  ${e.onlineUrl}`);
      if (e.signUpDeadline) {
        const signUp = { kind: 'engagementSignUp', at: e.signUpDeadline, allDay: false };
        lines.push(`  Sign up by: ${formatKeyDate(signUp)}`);
      }
    }
    lines.push('', `Lots (${o.lots.length}):`);
    for (const lot of o.lots) {
      const v = formatMoney(lot.value);
      lines.push(
        `  ${lot.id}. ${lot.title ?? '(untitled lot)'}${v ? ` — ${v}` : ''}${lot.derived ? ' (from the description)' : ''}`,
      );
      if (lot.weightingDescription) lines.push(`     Weighting: ${lot.weightingDescription}`);
      for (const c of lot.criteria) {
        const stated =
          c.weightAsStated === undefined
            ? ''
            : `, stated as ${c.weightAsStated} out of 100 for quality`;
        const weight = c.weight === null ? 'no weight given' : `${c.weight}%${stated}`;
        lines.push(`     - ${c.name ?? c.type} (${c.type}, ${weight})`);
      }
    }
    if (o.awards.length)
      lines.push('', `Awards (${o.awards.length}):`, ...o.awards.flatMap(awardLines));
    // What the file's earlier releases changed (the latest release's changes follow).
    const earlier = o.changes.length ? o.releaseHistory.slice(0, -1) : o.releaseHistory;
    if (earlier.length) {
      lines.push('', 'Changed by earlier releases in this file:');
      for (const step of earlier) {
        lines.push(`  Published ${step.date ? formatUkDate(step.date) : '(no date given)'}:`);
        for (const c of step.changes)
          lines.push(`    ${c.label}: ${c.from ?? '(none)'} → ${c.to ?? '(none)'}`);
      }
    }
    if (o.changes.length) {
      lines.push('', 'Changed in the latest release:');
      for (const c of o.changes)
        lines.push(`  ${c.label}: ${c.from ?? '(none)'} → ${c.to ?? '(none)'}`);
    }
    lines.push('');
  }
  if (warnings.length) {
    lines.push('Warnings:');
    for (const w of warnings) lines.push(`  ! ${w.message}`);
  }
  return lines.join('\n');
}

function awardLines(award: Award): string[] {
  const who = award.suppliers.map(supplierText).join(', ') || 'no supplier named';
  const value = formatMoney(award.value);
  const lots = award.lotIds.length ? ` [lot ${award.lotIds.join(', ')}]` : '';
  const lines = [`  ${who}${value ? ` — ${value}` : ''}${lots}`];
  const facts: Array<[string, string | null]> = [
    ['Status', awardStatusText(award.status)],
    ['Award decision', award.date && formatUkDate(award.date, isDayLevelInstant(award.date))],
    ['Standstill ends', award.standstillEnd && formatUkDate(award.standstillEnd, true)],
    ['Signature expected', award.expectedSignature && formatUkDate(award.expectedSignature, true)],
    ['Signed', award.dateSigned && formatUkDate(award.dateSigned, true)],
    ['Contract', periodText(award.contractPeriod)],
  ];
  for (const [label, value] of facts) if (value) lines.push(`     ${label}: ${value}`);
  return lines;
}

function supplierText(s: AwardSupplier): string {
  const about = [s.scale === 'sme' ? 'SME' : s.scale, s.vcse ? 'VCSE' : null].filter(Boolean);
  return about.length ? `${s.name} (${about.join(', ')})` : s.name;
}

function periodText(period: ContractPeriod | null): string | null {
  if (!period?.start && !period?.end) return null;
  const from = period.start ? formatUkDate(period.start, true) : '?';
  const to = period.end ? formatUkDate(period.end, true) : '?';
  const max = period.maxExtent ? `, ${formatUkDate(period.maxExtent, true)} at the latest` : '';
  return `${from} to ${to}${max}`;
}

function sourceName(source: Opportunity['source']): string {
  return source === 'fts'
    ? 'Find a Tender'
    : source === 'contracts-finder'
      ? 'Contracts Finder'
      : 'other publisher';
}

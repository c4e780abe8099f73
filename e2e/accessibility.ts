/**
 * Accessibility checked by a tool: axe-core run on the screen a test has reached. A serious or
 * critical violation fails the test, naming the rule, the element and the screen; the rest are
 * printed and kept in test-output/axe-report.json, one entry per screen and window width, so the
 * lesser findings stay visible without stopping the suite.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { repoRoot } from './build';

export const axeReportPath = join(repoRoot, 'test-output', 'axe-report.json');

/** One rule broken on one screen: what axe says and where (CSS selectors of the elements). */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** What axe found on one screen at one window width. */
export interface AxeScreenReport {
  screen: string;
  width: number;
  url: string;
  /** Serious and critical: the test failed on these. */
  failing: AxeFinding[];
  /** Moderate and minor: listed, not failed on. */
  listed: AxeFinding[];
}

const FAILING = new Set(['serious', 'critical']);

/**
 * Run axe on the page as it is now and record the result under `screenName` and the window's
 * width (so one call per width is one entry). Throws if axe finds a serious or critical violation.
 * The page's CSP forbids inline scripts, so axe is evaluated through the devtools protocol
 * (`page.evaluate`), which the CSP does not govern, rather than added as a script tag.
 */
export async function checkAccessibility(page: Page, screenName: string): Promise<AxeScreenReport> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'minor',
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  });
  const width = page.viewportSize()?.width ?? 0;
  const report: AxeScreenReport = {
    screen: screenName,
    width,
    url: page.url(),
    failing: violations.filter((v) => FAILING.has(v.impact)),
    listed: violations.filter((v) => !FAILING.has(v.impact)),
  };
  await recordReport(report);
  for (const finding of report.listed) {
    console.log(`axe (${finding.impact}) on ${screenName} at ${width} px: ${describe(finding)}`);
  }
  if (report.failing.length > 0) {
    const lines = report.failing.map((f) => `- ${f.impact}: ${describe(f)}`);
    throw new Error(
      `axe found ${report.failing.length} serious or critical violation(s) on ${screenName} at ${width} px:\n${lines.join('\n')}`,
    );
  }
  return report;
}

function describe(finding: AxeFinding): string {
  return `${finding.rule} (${finding.help}) at ${finding.targets.join(', ')}`;
}

/** Keep every screen's latest result in one file, across test files run one after another. */
async function recordReport(report: AxeScreenReport): Promise<void> {
  let reports: AxeScreenReport[] = [];
  if (existsSync(axeReportPath)) {
    try {
      reports = JSON.parse(await readFile(axeReportPath, 'utf8')) as AxeScreenReport[];
    } catch {
      reports = []; // a half-written file from an interrupted run: start again
    }
  }
  const others = reports.filter((r) => r.screen !== report.screen || r.width !== report.width);
  await mkdir(join(repoRoot, 'test-output'), { recursive: true });
  await writeFile(axeReportPath, `${JSON.stringify([...others, report], null, 2)}\n`);
}

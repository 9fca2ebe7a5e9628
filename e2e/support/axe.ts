// Accessibility scan with axe-core: WCAG 2.0/2.1 A and AA and WCAG 2.2 AA rules.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type AxeScanOptions = {
  /** CSS selectors to leave out of the scan (use sparingly, and say why in the test). */
  exclude?: string[];
  /** Rule ids to switch off (use sparingly, and say why in the test). */
  disableRules?: string[];
};

/** Fails with a readable list when any violation has impact serious or critical. Returns all violations. */
export async function expectNoSeriousAxeViolations(page: Page, options: AxeScanOptions = {}) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) {
    const lines = serious.map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `      at ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : ''}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n      ... and ${v.nodes.length - 5} more` : '';
      return `  - [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})\n    ${v.helpUrl}\n${nodes}${more}`;
    });
    throw new Error(`Accessibility: ${serious.length} serious or critical axe violation(s) on ${page.url()}:\n${lines.join('\n')}`);
  }
  return results.violations;
}

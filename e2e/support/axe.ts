import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

export type A11yCheckOptions = {
  /** CSS selectors to leave out, e.g. a third-party widget; say why where you call it. */
  exclude?: string[];
  /** axe rule ids to switch off; say why where you call it. */
  disableRules?: string[];
};

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe (all its non-experimental rules) on the page as it is now and fails with the rule id,
 * impact and target nodes of every serious or critical violation. Milder findings are attached
 * to the report only. Call it on every page a journey visits, after the content has loaded.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  options: A11yCheckOptions = {},
): Promise<void> {
  await test.step('axe: no serious or critical accessibility violations', async () => {
    let builder = new AxeBuilder({ page });
    for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
    if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);

    const { violations } = await builder.analyze();
    if (violations.length > 0) {
      await test.info().attach('axe-violations', {
        body: JSON.stringify({ url: page.url(), violations }, null, 2),
        contentType: 'application/json',
      });
    }

    const blocking = violations.filter((v) => v.impact != null && BLOCKING_IMPACTS.has(v.impact));
    expect(
      blocking.map((v) => v.id),
      describeViolations(page.url(), blocking),
    ).toEqual([]);
  });
}

function describeViolations(url: string, violations: Violation[]): string {
  const lines = [`${violations.length} serious/critical accessibility violation(s) on ${url}:`];
  for (const violation of violations) {
    lines.push(`- ${violation.id} (${violation.impact}): ${violation.help} <${violation.helpUrl}>`);
    for (const node of violation.nodes) {
      const target = node.target
        .map((part) => (Array.isArray(part) ? part.join(' >>> ') : part))
        .join(' | ');
      lines.push(`    ${target}`);
    }
  }
  return lines.join('\n');
}

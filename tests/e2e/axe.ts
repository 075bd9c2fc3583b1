import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Serious and critical WCAG 2.2 A/AA findings, one line each, so a failure says what and where. */
export async function seriousFindings(page: Page): Promise<string[]> {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  // Cards off screen are laid out only when scrolled to (content-visibility: auto), and axe cannot measure
  // what is not laid out: it would find a link in a card far below "obscured". Lay them all out first, by a
  // rule rather than card by card: most of a page's cards are drawn just after the first few, and may be
  // drawn after this line. (A rule added through the CSSOM is allowed by the Content-Security-Policy.)
  await page.evaluate(
    `[...document.styleSheets].find((sheet) => sheet.href?.includes('/assets/')).insertRule('.cards > li { content-visibility: visible !important; }')`,
  );
  const everything = await new AxeBuilder({ page }).withTags(tags).disableRules(['target-size']).analyze();
  // Markers for services at neighbouring addresses overlap on the map. Each one's action (open that service)
  // is also a list card, which meets the size: WCAG 2.5.8's "equivalent" exception. Every other target is checked.
  const targets = await new AxeBuilder({ page }).withRules(['target-size']).exclude('.leaflet-marker-pane').analyze();
  return [...everything.violations, ...targets.violations]
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .flatMap(({ id, nodes }) => nodes.map((node) => `${id}: ${node.target.join(' ')}: ${node.failureSummary ?? ''}`));
}

import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './support/auth';
import { expectNoSeriousA11yViolations } from './support/axe';

// The ZET knowledge base as a procesbegeleider and a programmaleider use it: the Thema's pages
// with every theme's materials, the instrument catalogue with its filters in the URL, the
// katern's theory, the werkblad as it prints (A4, no app chrome), and adapting a text for the
// partnership with its diff against the base. Runs against the demo data and the shipped content.

const THEMES = ['Visie', 'Beoordelen', 'Kwaliteitsontwikkeling'] as const;

/** Collects uncaught errors of the page, to assert none happened. */
function trackPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const breadcrumb = (page: Page) => page.getByRole('navigation', { name: 'Kruimelpad' });
const contentNav = (page: Page) => page.getByRole('navigation', { name: 'ZET-inhoud' });

/** The number of pages and the title of a PDF that Chromium wrote. */
function describePdf(pdf: Buffer): { pages: number; title: string; mediaBox: number[] } {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?!s)\b/g)?.length ?? 0;
  // Chromium writes the document title as UTF-16BE hex: /Title <FEFF0057...>.
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(text)?.[1] ?? '';
  let title = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) {
    title += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  }
  const box = /\/MediaBox\s*\[([^\]]+)\]/.exec(text)?.[1] ?? '';
  return { pages, title, mediaBox: box.trim().split(/\s+/).map(Number) };
}

test.describe("Thema's and the instrument catalogue", () => {
  test('a reader opens three themes, filters the instruments and prints a werkblad', async ({
    page,
  }) => {
    // Eight pages, each checked with axe.
    test.setTimeout(180_000);
    const pageErrors = trackPageErrors(page);
    // On the day the materials are read on a tablet.
    await page.setViewportSize({ width: 768, height: 1024 });
    await signInAs(page, 'stuurgroeplid', '/themas');

    // Thema's: per domain its themes with their waarborgen.
    await expect(page.getByRole('heading', { level: 1, name: "Thema's" })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Visie en gespreid leiderschap' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Visie', exact: true })).toBeVisible();
    await expect(page.getByText('Waarborgen').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    for (const name of THEMES) {
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

      const contents = page.getByRole('navigation', { name: 'Op deze pagina' });
      await expect(contents.getByRole('link', { name: 'Werkblad' })).toBeVisible();
      await expect(page.getByText('Voorbeeldinhoud', { exact: true })).toBeVisible();
      for (const section of [
        'Inleiding',
        "De vier scenario's",
        'Opdracht voor de procesbegeleider',
        'Werkblad',
        'Reflectiekaarten',
      ]) {
        await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
      }
      // The four scenarios, with the general name and INK phase of each.
      const scenarios = page.locator('.scenario-grid > li');
      await expect(scenarios).toHaveCount(4);
      await expect(scenarios.nth(1)).toContainText('Commitment Samen Opleiden');
      await expect(scenarios.nth(3)).toContainText('INK-fase: ketengericht');
      // Every reflection card says where in the conversation it fits.
      await expect(page.locator('.reflection-card').first()).toContainText('Past bij stap');
      // A reader who is not the programmaleider gets no adaptation controls.
      await expect(
        page.getByRole('button', { name: 'Aanpassen voor ons partnerschap' }),
      ).toHaveCount(0);

      // Nothing sticks out sideways on the tablet.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        768,
      );

      // The table of contents jumps to the part.
      await contents.getByRole('link', { name: 'Reflectiekaarten' }).click();
      await expect(page).toHaveURL(/#reflectiekaarten$/);
      await expectNoSeriousA11yViolations(page);

      await breadcrumb(page).getByRole('link', { name: "Thema's" }).click();
      await expect(page.getByRole('heading', { level: 1, name: "Thema's" })).toBeVisible();
    }

    // Instrumentencatalogus: filter by element; the filter lives in the URL.
    await contentNav(page).getByRole('link', { name: 'Instrumenten' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Instrumentencatalogus' }),
    ).toBeVisible();
    const count = page.getByRole('status').filter({ hasText: 'instrumenten' });
    await expect(count).toHaveText(/^\d+ instrumenten$/);
    const all = Number((await count.textContent())?.match(/\d+/)?.[0]);
    await page.getByLabel('Element van kwaliteitscultuur').selectOption('gedeelde-visie');
    await expect(page).toHaveURL(/[?&]element=gedeelde-visie\b/);
    await expect(count).toHaveText(new RegExp(`^\\d+ van de ${all} instrumenten$`));
    const cards = page.locator('.instrument-card');
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await cards.count()).toBeLessThan(all);
    for (const card of await cards.all()) {
      await expect(card).toContainText('Gedeelde doorleefde visie');
      await expect(card).toContainText('Ontwikkeld door');
    }
    await expectNoSeriousA11yViolations(page);
    // A reload (or a shared link) keeps the filter.
    await page.reload();
    await expect(page.getByLabel('Element van kwaliteitscultuur')).toHaveValue('gedeelde-visie');
    await page.getByRole('link', { name: 'Filters wissen' }).click();
    await expect(count).toHaveText(`${all} instrumenten`);

    // Kwaliteitscultuur: the katern's elements, the 8 V's and what each role needs.
    await contentNav(page).getByRole('link', { name: 'Kwaliteitscultuur' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kwaliteitscultuur' })).toBeVisible();
    await expect(page.locator('.quality-fan > li')).toHaveCount(8);
    await expect(page.getByRole('table', { name: /Per rol/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The werkblad of Visie as a print view.
    await page.goto('/themas/visie');
    await page.getByRole('link', { name: 'Werkblad afdrukken' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Werkblad · Visie' })).toBeVisible();
    const sheet = page.getByRole('article', { name: 'Werkblad · Visie' });
    await expect(sheet.getByRole('heading', { name: 'Visie' })).toBeVisible();
    await expect(sheet.getByRole('table')).toContainText('Gewenst');
    await expectNoSeriousA11yViolations(page);

    // "Afdrukken" opens the browser's print dialog.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'true');
    });
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'true');

    // On paper: the sheet only, no navigation and no buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('Waar staan we nu, en waar willen we naartoe?');
    const pdf = describePdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pdf.title).toContain('Visie');
    // A4 portrait, in points.
    expect(Math.round(pdf.mediaBox[2] ?? 0)).toBe(595);
    expect(Math.round(pdf.mediaBox[3] ?? 0)).toBe(842);
    await page.emulateMedia({ media: 'screen' });

    expect(pageErrors).toEqual([]);
  });

  test('the scenario card prints on one A4 landscape', async ({ page }) => {
    test.setTimeout(90_000);
    await signInAs(page, 'procesbegeleider', '/themas/beoordelen/scenariokaart');
    const card = page.getByRole('article', { name: 'Scenariokaart · Beoordelen' });
    await expect(card.locator('.scenario-sheet > li')).toHaveCount(4);
    await expectNoSeriousA11yViolations(page);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    const pdf = describePdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.pages).toBe(1);
    expect(pdf.title).toContain('Beoordelen');
    expect(Math.round(pdf.mediaBox[2] ?? 0)).toBe(842);
    expect(Math.round(pdf.mediaBox[3] ?? 0)).toBe(595);
  });
});

test.describe('Adapting a theme for the partnership', () => {
  test('the programmaleider rewrites a scenario, compares it with the base and reverts it', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const pageErrors = trackPageErrors(page);
    await signInAs(page, 'programmaleider', '/themas/regie-op-leren');
    await expect(page.getByRole('heading', { level: 1, name: 'Regie op leren' })).toBeVisible();

    await page.getByRole('button', { name: 'Aanpassen voor ons partnerschap' }).click();
    await expect(page).toHaveURL(/aanpassen=1/);
    await page.getByRole('button', { name: 'Scenario 1: beschrijving: Bewerken' }).click();
    const field = page.getByRole('textbox', { name: 'Scenario 1: beschrijving' });
    await expect(field).toBeFocused();
    const base = await field.inputValue();
    const added = 'In ons partnerschap noemen we dit de startfase.';
    await field.fill(`${base.trim()} ${added}`);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Opgeslagen voor het partnerschap' }),
    ).toBeVisible();

    const scenario = page.locator('.scenario--1');
    await expect(scenario).toContainText(added);
    await expect(scenario).toContainText('aangepast door het partnerschap');

    // Back to reading: the diff shows what changed against the base.
    await page.getByRole('button', { name: 'Klaar met aanpassen' }).click();
    await page.getByRole('link', { name: 'Verschillen met de basisversie' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /Verschillen met de basisversie/ }),
    ).toBeVisible();
    const entry = page.getByRole('article', { name: 'Scenario 1: beschrijving' });
    await expect(entry.locator('ins')).toContainText('startfase');
    await expect(entry.locator('del')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // Revert to the base text, after confirming.
    await page.getByRole('link', { name: /Terug naar Regie op leren/ }).click();
    await page.getByRole('button', { name: 'Aanpassen voor ons partnerschap' }).click();
    await page.getByRole('button', { name: 'Scenario 1: beschrijving: Bewerken' }).click();
    await page.getByRole('button', { name: 'Terug naar de basistekst' }).click();
    const dialog = page.getByRole('dialog', { name: 'Terug naar de basistekst?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Ja, terug naar de basistekst' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Teruggezet naar de basistekst' }),
    ).toBeVisible();
    await expect(scenario).not.toContainText(added);
    await expect(scenario).not.toContainText('aangepast door het partnerschap');

    expect(pageErrors).toEqual([]);
  });
});

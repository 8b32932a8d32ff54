import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Download, type Page } from '@playwright/test';
import { signInAs } from './support/auth';
import { expectNoSeriousA11yViolations } from './support/axe';

// The programmaleider imports a past school year's results from a spreadsheet: downloads the
// template, checks a file with one bad row, fixes it, imports it, and imports it again without
// anything being added twice. The file is built from the downloaded template's own header row.

test.describe.configure({ timeout: 180_000 });

const BOM = '\ufeff';

async function json<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  return (await response.json()) as T;
}

/** The demo partnership of the signed-in programmaleider and one of its active locaties. */
async function demoPartnership(request: APIRequestContext) {
  const me = await json<{ memberships: { partnershipId: string }[] }>(request, '/api/v1/auth/me');
  const partnershipId = me.memberships[0]!.partnershipId;
  const locations = await json<{ items: { name: string; archived: boolean }[] }>(
    request,
    `/api/v1/partnerships/${partnershipId}/locations`,
  );
  const location = locations.items.find((l) => !l.archived);
  if (!location) throw new Error('The demo partnership has no active locatie');
  return { partnershipId, locationName: location.name };
}

async function downloadFrom(page: Page, linkName: string): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: linkName }).click();
  return downloading;
}

/** A semicolon CSV with BOM (as Dutch Excel saves it), its cells matched to the headers by name. */
function csvFile(headers: string[], rows: Record<string, string>[]): Buffer {
  const lines = [headers, ...rows.map((row) => headers.map((h) => row[h] ?? ''))];
  return Buffer.from(`${BOM}${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`, 'utf8');
}

function reportHeading(page: Page, name: string) {
  return page.getByRole('heading', { level: 2, name });
}

/** The page's live status region while it announces `start…`. */
function statusOf(page: Page, start: string) {
  return page.getByRole('status').filter({ hasText: start });
}

test.describe('importing earlier years', () => {
  test('programmaleider: template, a row error, a clean check, the import, and a re-import that adds nothing', async ({
    page,
  }) => {
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    await signInAs(page, 'programmaleider');
    const { partnershipId, locationName } = await demoPartnership(page.request);

    // The partnership page points to the import; the management sub-navigation marks it current.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Partnerschap' })
      .click();
    await page.getByRole('link', { name: 'Eerdere resultaten importeren' }).click();
    await expect(page).toHaveURL(`/partnerschappen/${partnershipId}/importeren`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Eerdere resultaten importeren' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('navigation', { name: 'Beheer van het partnerschap' })
        .getByRole('link', { name: 'Importeren' }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(
      page.getByText('Verplichte kolommen: Datum, Thema, Huidig scenario en Gewenst scenario.'),
    ).toBeVisible();
    await page.getByText('Uitleg per kolom en regels voor het bestand').click();
    const columns = page.getByRole('table', { name: 'Kolommen van het sjabloon' });
    await expect(columns.getByRole('row', { name: /^Deelnemers Nee/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Both templates download; the CSV's header row is what the test file uses.
    const csvTemplate = await downloadFrom(page, 'Sjabloon downloaden (CSV)');
    expect(csvTemplate.suggestedFilename()).toBe('zet-import-sjabloon.csv');
    const templateText = await readFile(await csvTemplate.path(), 'utf8');
    expect(templateText.startsWith(BOM)).toBe(true);
    const headers = templateText.slice(1).split(/\r?\n/)[0]!.split(';');
    expect(headers).toEqual(expect.arrayContaining(['Datum', 'Thema', 'Huidig scenario']));
    const xlsxTemplate = await downloadFrom(page, 'Sjabloon downloaden (Excel)');
    expect(xlsxTemplate.suggestedFilename()).toBe('zet-import-sjabloon.xlsx');
    const xlsx = await readFile(await xlsxTemplate.path());
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');

    const fileInput = page.getByLabel('Bestand met resultaten');
    const check = page.getByRole('button', { name: 'Controleren' });

    // Checking without a file says what to do and returns focus to the file field.
    await check.click();
    await expect(page.getByText('Kies eerst een Excel- of CSV-bestand.')).toBeVisible();
    await expect(fileInput).toBeFocused();

    // A file that is no spreadsheet: the server's Dutch reason, nothing else.
    await fileInput.setInputFiles({
      name: 'verslag.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n', 'latin1'),
    });
    await check.click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Het bestand kon niet worden gecontroleerd.' }),
    ).toContainText('Upload een Excel-bestand (.xlsx) of een CSV-bestand');

    // A day in the school year before the demo data; a retry takes the next day, so that it
    // does not find the first attempt's import.
    const day = 12 + test.info().retry;
    const row = (theme: string, current: string): Record<string, string> => ({
      Schooljaar: '2019-2020',
      Datum: `${day}-03-2020`,
      Locatie: locationName,
      Inhoudsversie: 'passietool-2019',
      Thema: theme,
      'Huidig scenario': current,
      'Gewenst scenario': '3',
      'Sterke punten': 'Gedeelde taal over opleiden',
      Deelnemers: 'Student: 4 | Werkplekbegeleider: 5',
    });
    const withError = csvFile(headers, [row('Visie', '2'), row('Beoordelen', '5')]);
    const fixed = csvFile(headers, [row('Visie', '2'), row('Beoordelen', '2,5')]);

    // One bad row: the check names its row, column and what is wrong; there is no import button.
    await fileInput.setInputFiles({
      name: 'geschiedenis.csv',
      mimeType: 'text/csv',
      buffer: withError,
    });
    await check.click();
    const preview = reportHeading(page, 'Controle van geschiedenis.csv');
    await expect(preview).toBeFocused();
    const errors = page.getByRole('table', { name: 'Fouten (1)' });
    await expect(errors.getByRole('row')).toHaveCount(2);
    await expect(errors.getByRole('row').nth(1)).toContainText(
      /^3\s*Huidig scenario\s*“5” ligt niet op de schaal\./,
    );
    await expect(page.getByText(/Er is 1 fout gevonden\./)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Importeren' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Dagdelen die worden geïmporteerd' })).toHaveCount(
      0,
    );
    await expect(statusOf(page, 'Controle klaar')).toHaveText('Controle klaar: 2 regels, 1 fout.');
    await expectNoSeriousA11yViolations(page);

    // Fixed: a clean check previews one new dagdeel with two theme sessions; nothing saved yet.
    await fileInput.setInputFiles({
      name: 'geschiedenis.csv',
      mimeType: 'text/csv',
      buffer: fixed,
    });
    await check.click();
    await expect(preview).toBeFocused();
    await expect(page.getByRole('table', { name: /^Fouten/ })).toHaveCount(0);
    await expect(
      page.getByText('Alles klopt. Bij importeren worden 2 regels toegevoegd.', { exact: false }),
    ).toBeVisible();
    const planned = page.getByRole('table', { name: 'Dagdelen die worden geïmporteerd' });
    await expect(planned.getByRole('row').nth(1)).toContainText(
      `${day} maart 20202019-2020${locationName}passietool-20192Nieuw dagdeel2, 3`,
    );
    expect(
      await importedDagdelen(page.request, partnershipId, `2020-03-${day}`, locationName),
    ).toEqual([]);

    // The import: all rows at once, the result read from its heading, the dagdeel linked.
    await page.getByRole('button', { name: 'Importeren' }).click();
    await expect(reportHeading(page, 'Import van geschiedenis.csv')).toBeFocused();
    await expect(page.getByText(/^Geïmporteerd: 2 regels toegevoegd\./)).toBeVisible();
    await expect(statusOf(page, 'Import klaar')).toHaveText('Import klaar: 2 regels toegevoegd.');
    const written = page.getByRole('table', { name: 'Geïmporteerde dagdelen' });
    await expect(
      written.getByRole('link', { name: `Bekijk het dagdeel: ${day} maart 2020, ${locationName}` }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Importeren' })).toHaveCount(0);
    expect(
      await importedDagdelen(page.request, partnershipId, `2020-03-${day}`, locationName),
    ).toEqual([{ status: 'finalised', sessionCount: 2 }]);
    await expectNoSeriousA11yViolations(page);

    // The same file again: every row is recognised, and importing it adds nothing.
    await check.click();
    await expect(preview).toBeFocused();
    await expect(
      page.getByText(
        'Alles klopt, maar alle regels zijn al eerder geïmporteerd. Importeren voegt niets toe.',
      ),
    ).toBeVisible();
    const skipped = page.getByRole('table', { name: 'Overgeslagen regels (2)' });
    await expect(skipped.getByRole('row').nth(1)).toContainText(
      /Al geïmporteerd op \d{2}-\d{2}-\d{4}; deze regel wordt overgeslagen\./,
    );
    await page.getByRole('button', { name: 'Importeren' }).click();
    await expect(reportHeading(page, 'Import van geschiedenis.csv')).toBeFocused();
    await expect(
      page.getByText(/^Er is niets nieuws toegevoegd: alle regels waren al eerder geïmporteerd\./),
    ).toBeVisible();
    await expect(statusOf(page, 'Import klaar')).toHaveText('Import klaar: 0 regels toegevoegd.');
    expect(
      await importedDagdelen(page.request, partnershipId, `2020-03-${day}`, locationName),
    ).toEqual([{ status: 'finalised', sessionCount: 2 }]);
    await expectNoSeriousA11yViolations(page);
    expect(pageErrors).toEqual([]);
  });
});

/** The dagdelen on the day at the locatie, as the evaluation list reports them. */
async function importedDagdelen(
  request: APIRequestContext,
  partnershipId: string,
  heldOn: string,
  locationName: string,
) {
  const list = await json<{
    items: {
      heldOn: string;
      status: string;
      sessionCount: number;
      location: { name: string } | null;
    }[];
  }>(request, `/api/v1/partnerships/${partnershipId}/evaluations`);
  return list.items
    .filter((e) => e.heldOn === heldOn && e.location?.name === locationName)
    .map(({ status, sessionCount }) => ({ status, sessionCount }));
}

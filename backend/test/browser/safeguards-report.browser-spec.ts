import { seedSafeguardsExport } from '../fixtures/safeguards-export';
import { createCycle } from '../factories';
import { createTestApp, type TestApp } from '../setup/test-app';
import { binaryBody } from '../setup/binary-body';

/** Page objects of a PDF (not the /Pages tree nodes). */
const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** The waarborgen report as rendered by Chromium (Debian's, at CHROMIUM_PATH or /usr/bin/chromium). */
describe('Waarborgen PDF report', () => {
  let t: TestApp;
  let partnershipId: string;
  let pl: Awaited<ReturnType<typeof seedSafeguardsExport>>['pl'];
  const url = (path: string) => `/api/v1/partnerships/${partnershipId}/${path}`;

  beforeAll(async () => {
    t = await createTestApp();
    ({ partnershipId, pl } = await seedSafeguardsExport(t));
  });
  afterAll(async () => {
    await t.close();
  });

  it('prints all four waarborgen: a first page with what the numbers rest on, then a page per waarborg', async () => {
    const res = await pl
      .get(url('reports/safeguards.pdf?safeguard=all'))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(5);
  });

  it('prints one waarborg on two pages', async () => {
    const res = await pl
      .get(url('reports/safeguards.pdf?safeguard=leeromgeving'))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(res.headers['content-disposition']).toContain('waarborgen-leeromgeving-');
    expect(pageCount(res.body as Buffer)).toBe(2);
  });

  it('lets long tables run over several pages', async () => {
    const db = t.dataSource.manager;
    for (let year = 1990; year < 2024; year++)
      await createCycle(db, partnershipId, `${year}-${year + 1}`);
    try {
      const res = await pl
        .get(url('reports/safeguards.pdf?safeguard=organisatie'))
        .buffer(true)
        .parse(binaryBody)
        .expect(200);
      expect(pageCount(res.body as Buffer)).toBeGreaterThan(2);
    } finally {
      await t.dataSource.query(
        `delete from cycle where partnership_id = $1 and school_year < '2024'`,
        [partnershipId],
      );
    }
  });
});

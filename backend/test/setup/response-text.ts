import ExcelJS from 'exceljs';
import type { Response } from 'supertest';

type Renderer = { prototype: { render(html: string): Promise<Buffer> } };

/**
 * Replaces the Chromium PDF renderer for the duration of a test file: it records the HTML it was
 * asked to print (which is all a printed page can show) and returns a tiny PDF, so walking every
 * route neither starts a browser nor hides a report's text inside compressed PDF streams.
 * Returns undefined when the app has no PDF renderer (any more).
 */
export async function capturePdfRendering(): Promise<
  { htmls: string[]; restore(): void } | undefined
> {
  let renderer: Renderer | undefined;
  try {
    renderer = (await import('../../src/modules/dashboards/pdf-renderer.service')).PdfRenderer;
  } catch {
    return undefined;
  }
  const original = renderer.prototype.render;
  const htmls: string[] = [];
  renderer.prototype.render = (html: string) => {
    htmls.push(html);
    return Promise.resolve(
      Buffer.from('%PDF-1.4\n% stand-in for the report, rendered by the test\n%%EOF\n'),
    );
  };
  return {
    htmls,
    restore() {
      renderer.prototype.render = original;
    },
  };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every sheet name and cell text of a workbook. */
async function workbookText(buffer: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const parts: string[] = [];
  workbook.eachSheet((sheet) => {
    parts.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
  });
  return parts.join('\n');
}

/**
 * What a person could read in a response, as text: JSON without the problem document's
 * `instance` (which only echoes the requested URL), CSV and other text as is, a workbook's cells,
 * the HTML a PDF was printed from (`printed`), and any other bytes as latin1.
 */
export async function readableText(res: Response, printed: string[] = []): Promise<string> {
  const type = String(res.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  if (Buffer.isBuffer(res.body)) {
    const bytes = res.body;
    if (type === XLSX) return workbookText(bytes);
    return [bytes.toString('latin1'), ...printed].join('\n');
  }
  if (res.body && typeof res.body === 'object' && /json/.test(type)) {
    if (Array.isArray(res.body)) return JSON.stringify(res.body);
    const { instance: _, ...rest } = res.body as Record<string, unknown>;
    return JSON.stringify(rest);
  }
  return [res.text ?? '', ...printed].join('\n');
}

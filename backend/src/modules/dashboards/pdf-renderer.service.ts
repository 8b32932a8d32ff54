import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { DutchHttpException } from '../../common/dutch-exceptions';

const unavailable = () =>
  new DutchHttpException(
    503,
    'Het PDF-rapport kan op deze server nu niet gemaakt worden. Download de cijfers als CSV of Excel, of probeer het later opnieuw.',
  );

const FOOTER = `<div style="font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8px; width: 100%; text-align: center; color: #444;">
  Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>`;

/**
 * Prints self-contained HTML to PDF with the system Chromium. One browser is started on first use
 * and shared; every report gets its own context without JavaScript or network, so the printed
 * page can only show what the server put in it.
 */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(PdfRenderer.name);
  /** Debian's Chromium; a test may point it elsewhere to see the 503. */
  executablePath = '/usr/bin/chromium';
  private browser: Promise<Browser> | undefined;

  async render(html: string): Promise<Buffer> {
    if (!fs.existsSync(this.executablePath)) throw unavailable();
    let browser: Browser;
    try {
      browser = await this.launch();
    } catch (error) {
      this.logger.error(
        `Chromium did not start: ${error instanceof Error ? error.message : String(error)}`,
      );
      this.browser = undefined;
      throw unavailable();
    }
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        tagged: true,
        outline: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
        margin: { top: '16mm', right: '16mm', bottom: '18mm', left: '16mm' },
      });
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  private launch(): Promise<Browser> {
    this.browser ??= chromium
      .launch({
        executablePath: this.executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      })
      .then((browser) => {
        // A crashed or closed browser is started again on the next report.
        browser.on('disconnected', () => {
          this.browser = undefined;
        });
        return browser;
      });
    return this.browser;
  }

  async onModuleDestroy(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.close().catch(() => undefined);
  }
}

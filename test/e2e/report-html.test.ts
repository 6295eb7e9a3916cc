/**
 * The HTML report in a real browser (headless Chromium through playwright-core), as a
 * facilitator opens and prints it: the chart and the tables show, nothing is wider than an
 * A4 page, it prints to a PDF, a screenshot is not blank, and the page asks for nothing
 * over the network. Then a hostile activity name through every format of `tree report`.
 * Without a Chromium (Debian's `chromium`, or CHROMIUM_PATH) the browser tests are skipped.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, ink } from '../helpers/browser.js';
import { runCli, tempDir } from '../helpers/cli.js';

const CHROMIUM = findChromium();
if (CHROMIUM === undefined)
  console.warn(
    'test/e2e/report-html.test.ts: no Chromium found (install Debian\'s "chromium" or set CHROMIUM_PATH), so the browser tests are skipped',
  );

/** A4 is 210 mm wide (794 px at 96 dpi); the template's @page leaves 180 mm between its 15 mm margins. */
const A4_PX = Math.round((210 * 96) / 25.4);
const CONTENT_PX = (180 * 96) / 25.4;

const HOSTILE = '<script>alert(1)</script> | *x* =1+1';
/** Starts with "=": a spreadsheet would run it, so the CSV must neutralise it. */
const FORMULA = '=1+1 | <b>bold</b>';
/** Too long for the chart's labels, and one word too long for any table column. */
const LONG = 'PENGOLAHAN MAKANAN RINGAN BERBASIS SINGKONG DAN JAGUNG';
const UNBROKEN = `Kelompok_${'x'.repeat(90)}`;

/** A fresh copy of the example workspace (desa Sumber Rejo). */
function example(): string {
  const ws = path.join(tempDir('tree-report-html-'), 'ws');
  const r = runCli(['example', ws]);
  expect(r.code, r.stderr).toBe(0);
  return ws;
}

/** Runs `tree report` in the workspace; fails the test with the CLI's stderr when it fails. */
function report(ws: string, lang: 'en' | 'id', ...args: string[]): void {
  const r = runCli(['--lang', lang, 'report', '--force', ...args], { cwd: ws, timeout: 60_000 });
  expect(r.code, r.stderr).toBe(0);
}

interface Opened {
  page: Page;
  /** Every request the page made, the document's own included. */
  requests: string[];
  /** The message of every dialog (alert, confirm, prompt) the page opened. */
  dialogs: string[];
}

describe.skipIf(CHROMIUM === undefined)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  const dirs: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM as string, args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    for (const d of dirs) rmSync(path.dirname(d), { recursive: true, force: true });
  });

  /** Opens a file at A4 width with print styles; requests other than the file are recorded and refused. */
  async function open(file: string): Promise<Opened> {
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: A4_PX, height: 1123 } });
    const opened: Opened = { page, requests: [], dialogs: [] };
    page.on('request', (req) => opened.requests.push(req.url()));
    page.on('dialog', (dialog) => {
      opened.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.emulateMedia({ media: 'print' });
    await page.goto(url, { waitUntil: 'load' });
    return opened;
  }

  /**
   * Nothing wider than the page: not the document, nor a table, the chart or any other
   * element (right edges within the body's 180 mm column), nor the chart's labels (inside
   * its viewBox); and again at the printed page's own content width. Returns the words split
   * across lines in a table cell.
   */
  async function checkFitsA4(page: Page): Promise<string[]> {
    const layout = await page.evaluate(() => {
      const doc = document.documentElement;
      const body = document.body.getBoundingClientRect();
      const svg = document.querySelector('.chart svg') as SVGSVGElement | null;
      const view = svg?.viewBox.baseVal;
      const broken: string[] = [];
      for (const cell of document.querySelectorAll('th, td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          for (const m of (node.textContent ?? '').matchAll(/[^\s\-–/]+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) broken.push(m[0]);
          }
        }
      }
      return {
        scrollWidth: doc.scrollWidth,
        clientWidth: doc.clientWidth,
        bodyLeft: body.left,
        bodyWidth: body.width,
        widest: Math.max(...[...document.querySelectorAll('body *')].map((el) => el.getBoundingClientRect().right)),
        boxes: [...document.querySelectorAll('table, svg')].map((el) => {
          const b = el.getBoundingClientRect();
          return { tag: el.tagName, left: b.left, right: b.right };
        }),
        cutLabels: [...(svg?.querySelectorAll('text') ?? [])]
          .filter((t) => {
            const b = t.getBBox();
            return (
              view !== undefined && (b.x < 0 || b.x + b.width > view.width || b.y < 0 || b.y + b.height > view.height)
            );
          })
          .map((t) => t.textContent),
        broken,
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.bodyWidth).toBeLessThanOrEqual(CONTENT_PX + 0.5);
    const edge = layout.bodyLeft + CONTENT_PX + 0.5;
    expect(layout.widest).toBeLessThanOrEqual(edge);
    for (const box of layout.boxes) {
      expect(box.left, box.tag).toBeGreaterThanOrEqual(layout.bodyLeft - 0.5);
      expect(box.right, box.tag).toBeLessThanOrEqual(edge);
    }
    expect(layout.cutLabels, 'chart labels cut off at the edge of the chart').toEqual([]);

    // At the printed page's own content width, still no horizontal overflow.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: Math.floor(CONTENT_PX), height: 1123 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(Math.floor(CONTENT_PX));
    if (viewport !== null) await page.setViewportSize(viewport);
    return layout.broken;
  }

  it.each(['en', 'id'] as const)(
    'shows, fits A4 and prints (%s)',
    async (lang) => {
      const ws = example();
      dirs.push(ws);
      const file = path.join(ws, 'out', `report-${lang}.html`);
      report(ws, lang, '-o', file);
      const score = runCli(['--lang', lang, 'score', '--json'], { cwd: ws });
      expect(score.code, score.stderr).toBe(0);
      const scored = (JSON.parse(score.stdout) as { activities: { score: number | null }[] }).activities.filter(
        (a) => a.score !== null,
      );
      expect(scored.length).toBeGreaterThan(0);

      const { page, requests, dialogs } = await open(file);
      try {
        // Nothing but the document itself: no font, image, stylesheet or script from anywhere.
        expect(requests).toEqual([pathToFileURL(file).href]);
        expect(dialogs).toEqual([]);
        expect(await page.locator('script').count()).toBe(0);

        // The chart: one SVG, visible, one bar per scored activity.
        const svg = page.locator('.chart svg');
        expect(await svg.count()).toBe(1);
        expect(await svg.isVisible()).toBe(true);
        const bars = await svg.evaluate((el) =>
          [...el.querySelectorAll('rect')].map((r) => r.getBoundingClientRect().width),
        );
        expect(bars).toHaveLength(scored.length);
        for (const width of bars) expect(width).toBeGreaterThan(0);

        // Every table shows, with its rows.
        const tables = page.locator('table');
        expect(await tables.count()).toBeGreaterThanOrEqual(8);
        for (const table of await tables.all()) {
          expect(await table.isVisible()).toBe(true);
          const box = await table.boundingBox();
          expect(box?.height ?? 0).toBeGreaterThan(20);
        }

        // Nothing wider than an A4 page, and every word whole.
        expect(await checkFitsA4(page), 'words split across lines in a table cell').toEqual([]);

        // A screenshot of the first screen and of the chart: drawn, not blank.
        const screen = ink(await page.screenshot({ type: 'png' }));
        expect(screen.colours).toBeGreaterThan(16);
        expect(screen.nonWhite).toBeGreaterThan(0.02);
        const drawn = ink(await svg.screenshot({ type: 'png' }));
        expect(drawn.colours).toBeGreaterThan(8);
        expect(drawn.nonWhite).toBeGreaterThan(0.1);

        // It prints: an A4 PDF of several pages.
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(30_000);

        expect(requests).toEqual([pathToFileURL(file).href]);
      } finally {
        await page.close();
      }
    },
    90_000,
  );

  it('shows hostile and overlong activity names as text in HTML, Markdown, JSON and CSV', async () => {
    const ws = example();
    dirs.push(ws);
    const assessmentFile = path.join(ws, 'assessment.json');
    const assessment = JSON.parse(readFileSync(assessmentFile, 'utf8')) as {
      opportunities: { id: string; name: Record<string, string> }[];
    };
    const rename = (id: string, name: string) => {
      const o = assessment.opportunities.find((x) => x.id === id);
      if (o === undefined) throw new Error(`no opportunity ${id} in the example`);
      o.name = { en: name, id: name };
    };
    rename('gula_semut', HOSTILE);
    rename('tiwul_instan', FORMULA);
    rename('wisata_goa', LONG);
    rename('kerajinan_kayu', UNBROKEN);
    writeFileSync(assessmentFile, JSON.stringify(assessment, null, 2));
    const out = path.join(ws, 'out');
    for (const ext of ['html', 'md', 'json']) report(ws, 'en', '-o', path.join(out, `report.${ext}`));
    report(ws, 'en', '--format', 'csv', '-o', path.join(out, 'csv'));

    // JSON: the exact strings.
    const json = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as {
      ranking: { data: { lines: { id: string; name: string }[] } };
    };
    const line = (id: string) => json.ranking.data.lines.find((l) => l.id === id);
    expect(line('gula_semut')?.name).toBe(HOSTILE);
    expect(line('tiwul_instan')?.name).toBe(FORMULA);

    // CSV: the name as it is where it cannot start a formula; the one starting with "=" prefixed with "'".
    const rows = parse(readFileSync(path.join(out, 'csv', 'ranking.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.find((r) => r['activity_id'] === 'gula_semut')?.['activity']).toBe(HOSTILE);
    expect(rows.find((r) => r['activity_id'] === 'tiwul_instan')?.['activity']).toBe(`'${FORMULA}`);

    // Markdown: no raw HTML; every row of every table has as many cells as its header.
    const md = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<b>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\* =1+1');
    const cells = (row: string) => row.split(/(?<!\\)\|/).length;
    let header: number | undefined;
    let checked = 0;
    for (const row of md.split('\n')) {
      if (!row.startsWith('|')) {
        header = undefined;
        continue;
      }
      if (header === undefined) header = cells(row);
      else {
        expect(cells(row), row).toBe(header);
        if (row.includes('alert(1)')) checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);

    // HTML in the browser: no script ran, no element was made from the names, both show as text.
    const { page, requests, dialogs } = await open(path.join(out, 'report.html'));
    try {
      expect(dialogs).toEqual([]);
      expect(await page.locator('script, b').count()).toBe(0);
      const text = (await page.textContent('body')) ?? '';
      expect(text).toContain(HOSTILE);
      expect(text).toContain(FORMULA);
      expect(await page.getByRole('cell', { name: HOSTILE, exact: true }).count()).toBeGreaterThanOrEqual(3);
      const labels = await page.locator('.chart svg text').allTextContents();
      expect(labels).toContain(HOSTILE);
      expect(labels).toContain(FORMULA);
      // Overlong names are cut short in the chart, whole in the tables, and the page still fits.
      expect(
        labels.filter(
          (l) => l.endsWith('…') && (LONG.startsWith(l.slice(0, -1)) || UNBROKEN.startsWith(l.slice(0, -1))),
        ),
      ).toHaveLength(2);
      expect(text).toContain(LONG);
      expect(text).toContain(UNBROKEN);
      await checkFitsA4(page);
      expect(requests).toEqual([pathToFileURL(path.join(out, 'report.html')).href]);
    } finally {
      await page.close();
    }
  }, 90_000);
});

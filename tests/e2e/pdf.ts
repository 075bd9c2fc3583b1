import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

export interface PrintedPdf {
  path: string;
  pages: number;
  /** Width and height of the first page, in points. */
  size: [number, number];
  /** The text of each page, as pdftotext reads it. */
  pageTexts: string[];
}

/**
 * Text as a reader sees it, whatever the fonts: lines joined with one space, and a word that wrapped
 * at its own hyphen ("gender-" / "based") read back whole.
 */
export function flat(text: string): string {
  return text.replace(/-\n/g, '-').replace(/\s+/g, ' ');
}

/** All the printed text, as flat() reads it. */
export function printedText(pdf: Pick<PrintedPdf, 'pageTexts'>): string {
  return flat(pdf.pageTexts.join('\n'));
}

/** Prints the page as Chromium would on paper (print media, the page's own @page size) and reads the PDF back. */
export async function printToPdf(page: Page, name: string): Promise<PrintedPdf> {
  const dir = mkdtempSync(join(tmpdir(), 'helpmap-print-'));
  const path = join(dir, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const sizeMatch = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const size: [number, number] = [Number(sizeMatch?.[1] ?? 0), Number(sizeMatch?.[2] ?? 0)];
  const pageTexts = Array.from({ length: pages }, (_, index) =>
    execFileSync('pdftotext', ['-raw', '-f', String(index + 1), '-l', String(index + 1), path, '-'], { encoding: 'utf8' }),
  );
  return { path, pages, size, pageTexts };
}

/** Page margin and code column width of the handout's stylesheet (print.css), in millimetres. */
const MARGIN_MM = 12;
const CODE_COLUMN_MM = 26;

/**
 * Every QR code on each page, decoded from the page rendered as an image, the way a phone camera sees
 * it. The codes stand in a column at the right edge; each block of ink in that column is read alone,
 * since a reader shown several codes at once may pair the corners of different ones.
 */
export function qrCodesOnPages(pdf: Pick<PrintedPdf, "path">, resolution = 150): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'helpmap-pages-'));
  execFileSync('pdftoppm', ['-png', '-gray', '-r', String(resolution), pdf.path, join(dir, 'page')]);
  const pixelsPerMm = resolution / 25.4;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.png'))
    .sort()
    .map((file) => {
      const image = PNG.sync.read(readFileSync(join(dir, file)));
      const right = Math.min(image.width, Math.round(image.width - (MARGIN_MM - 2) * pixelsPerMm));
      const left = Math.max(0, Math.round(image.width - (MARGIN_MM + CODE_COLUMN_MM + 2) * pixelsPerMm));
      const dark = (x: number, y: number) => (image.data[(y * image.width + x) * 4] ?? 255) < 128;
      const inkRows = Array.from({ length: image.height }, (_, y) => {
        for (let x = left; x < right; x++) if (dark(x, y)) return true;
        return false;
      });
      const blocks: [number, number][] = [];
      let start = -1;
      inkRows.forEach((ink, y) => {
        if (ink && start < 0) start = y;
        // A block ends after a gap of blank rows wider than a QR code's quiet zone.
        if (!ink && start >= 0 && inkRows.slice(y, y + Math.round(3 * pixelsPerMm)).every((row) => !row)) {
          blocks.push([start, y]);
          start = -1;
        }
      });
      return blocks
        .filter(([top, bottom]) => bottom - top > 15 * pixelsPerMm)
        .flatMap(([top, bottom]) => {
          const height = bottom - top + 40;
          const width = right - left + 40;
          const crop = new Uint8ClampedArray(width * height * 4).fill(255);
          for (let y = Math.max(0, top - 20); y < Math.min(image.height, bottom + 20); y++) {
            for (let x = left; x < right; x++) {
              const from = (y * image.width + x) * 4;
              const to = ((y - top + 20) * width + (x - left + 20)) * 4;
              crop.set(image.data.subarray(from, from + 4), to);
            }
          }
          const code = jsQR(crop, width, height, { inversionAttempts: 'dontInvert' });
          return code ? [code.data] : [];
        });
    });
}

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { ROOT, launch, serve } from '../test/e2e/browser.mjs';

/**
 * Runs in the page: clicks the first response and resolves with the milliseconds until the next scene
 * has been painted; at the end, until the report's summary and then the whole report (its path
 * table, rendered just after the summary) have been painted. A string, so no build helper leaks in.
 */
const CLICK_AND_WAIT = `new Promise((resolve) => {
  const before = document.querySelectorAll('.transcript li').length;
  const button = document.querySelector('.responses button');
  if (!button) return resolve({ ms: -1 });
  const report = () => document.querySelector('.report');
  const moved = () => report() || (document.querySelectorAll('.transcript li').length > before && document.querySelector('#scene-heading'));
  const start = performance.now();
  const timeout = setTimeout(() => resolve({ ms: -1 }), 5000);
  // After the next frame's style, layout and paint: a task posted from its animation-frame callback,
  // at user-blocking priority so that it runs ahead of work the app deferred past that frame.
  const afterPaint = (then) => requestAnimationFrame(() => scheduler.postTask(() => then(performance.now() - start), { priority: 'user-blocking' }));
  const whenPresent = (present, then) => {
    if (present()) return afterPaint(then);
    const observer = new MutationObserver(() => {
      if (!present()) return;
      observer.disconnect();
      afterPaint(then);
    });
    observer.observe(document.getElementById('main'), { childList: true, subtree: true, characterData: true });
  };
  whenPresent(moved, (ms) => {
    if (!report()) return clearTimeout(timeout), resolve({ ms });
    whenPresent(() => document.querySelector('.report .path-section'), (full) => (clearTimeout(timeout), resolve({ ms, report: true, full })));
  });
  button.click();
})`;

/**
 * Time between a scene appearing and the response click, as a trainee reading the scene takes:
 * longer than the meters' animations, and it keeps the test driver's own queries of the page (which
 * run on the page's main thread) out of the next click's frame.
 */
export const READING_MS = 700;

const SCENARIO = 'Water main burst in Zhelkent';

async function openAndStart(page: Page) {
  await page.getByRole('article', { name: SCENARIO }).getByRole('button', { name: 'Open the briefing' }).click();
  await page.getByRole('radio', { name: /^Assessment/ }).check();
  await page.waitForFunction(() => !document.querySelector('button.primary')?.hasAttribute('disabled'));
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#scene-heading').waitFor();
}

export interface Quantiles {
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

function quantiles(samples: number[]): Quantiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN, samples: sorted.length };
}

/**
 * Plays the short bundled scenario in Chromium, answering each decision with its first response,
 * and measures from the click until the next scene, or at the end the report, has been painted.
 */
export async function measureClickToScene(
  runs = 5,
  readingMs = READING_MS,
): Promise<{ scenes: Quantiles; summary: Quantiles; report: Quantiles }> {
  const server = await serve();
  const browser = await launch();
  const scenes: number[] = [];
  const summaries: number[] = [];
  const reports: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.goto(server.url);
      await openAndStart(page);
      for (let step = 0; step < 40; step++) {
        if (await page.getByRole('heading', { name: /^Your report/ }).count()) break;
        if (await page.getByRole('button', { name: 'Issue the statement' }).count()) {
          const adds = page.getByRole('button', { name: /^Add: / });
          for (let i = 0; i < 4; i++) await adds.first().click();
          await page.getByRole('button', { name: 'Issue the statement' }).click();
          await page.waitForFunction(() => !document.querySelector('.compose'));
          continue;
        }
        // A trainee reads the scene before answering: the previous response's meter animations are over.
        if (readingMs > 0) await page.waitForTimeout(readingMs);
        const click = (await page.evaluate(CLICK_AND_WAIT)) as { ms: number; report?: true; full?: number };
        if (click.ms < 0) throw new Error(`no next scene after a click at step ${step}: ${await page.locator('#main').innerText()}`.slice(0, 400));
        if (click.report) {
          summaries.push(click.ms);
          reports.push(click.full ?? NaN);
        } else scenes.push(click.ms);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (process.env.BENCH_VERBOSE) console.log('scenes', scenes.map((s) => s.toFixed(0)).join(' '), '| report', summaries.map((s, i) => `${s.toFixed(0)}/${reports[i]!.toFixed(0)}`).join(' '));
  return { scenes: quantiles(scenes), summary: quantiles(summaries), report: quantiles(reports) };
}

/** Gzip sizes, in KB, of JavaScript the page fetched (the service worker's precaching apart). */
export interface FirstVisit {
  /** Up to the library being shown. */
  library: number;
  /** Added by opening a scenario and starting it: the player and the report, prefetched together. */
  run: number;
  /** The scenario's own content and the competency framework, in all three languages. */
  data: number;
}

/**
 * Opens the app in a fresh browser, waits for the library, then opens and starts a scenario, and adds
 * up the gzip size of every JavaScript file the page fetched at each point.
 */
export async function measureFirstVisit(): Promise<FirstVisit> {
  const server = await serve();
  const browser = await launch();
  const dataChunks = new Set(['framework', ...readdirSync(join(ROOT, 'scenarios')).map((f) => f.replace(/\.json$/, ''))]);
  const gzipKb = (path: string) => gzipSync(readFileSync(join(ROOT, 'dist', path))).length / 1024;
  try {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js') && !request.serviceWorker() && !fetched.includes(path)) fetched.push(path);
    });
    await page.goto(server.url);
    await page.getByRole('article', { name: SCENARIO }).waitFor();
    await page.waitForLoadState('networkidle');
    const library = fetched.length;
    await openAndStart(page);
    await page.waitForLoadState('networkidle');
    const isData = (path: string) => dataChunks.has(path.replace(/^\/assets\//, '').replace(/-[\w-]{8}\.js$/, ''));
    const sum = (paths: string[]) => paths.reduce((total, path) => total + gzipKb(path), 0);
    const later = fetched.slice(library);
    return { library: sum(fetched.slice(0, library)), run: sum(later.filter((p) => !isData(p))), data: sum(later.filter(isData)) };
  } finally {
    await browser.close();
    await server.close();
  }
}

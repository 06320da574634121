import type { Page } from 'playwright-core';
import { launch, serve } from '../test/e2e/browser.mjs';
import { generateScenario } from './generate-scenario';

export interface StudioFigures {
  openMs: Record<number, number>;
  longestPanTaskMs: number;
  keystrokeToDiagnosticsMs: number;
}

/** Pastes a scenario into the studio and resolves with ms from "open" to its graph on screen. */
async function openScenario(page: Page, text: string): Promise<number> {
  // Set the pasted text the way typing would (through React's input event), without typing a megabyte.
  await page.evaluate(`document.querySelector('.studio-open details').open = true`);
  await page.locator('#studio-paste').evaluate((element, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  const start = await page.evaluate('performance.now()');
  await page.getByRole('button', { name: 'Open the pasted text' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length > 0 && document.querySelector('#analysis-heading'), undefined, { timeout: 60_000 });
  const end = (await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(performance.now())))')) as number;
  return end - (start as number);
}

/** Measures the studio in Chromium: open and lay out, the longest task while panning, and typing to diagnostics. */
export async function measureStudio(): Promise<StudioFigures> {
  const server = await serve();
  const browser = await launch();
  const openMs: Record<number, number> = {};
  let longestPanTaskMs = 0;
  let keystrokeToDiagnosticsMs = NaN;
  try {
    for (const size of [500, 2_000, 5_000]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Authoring studio' }).click();
      await page.getByText('No problems found.').waitFor();
      openMs[size] = await openScenario(page, JSON.stringify(generateScenario(size), null, 2));
      if (size === 2_000) {
        await page.waitForTimeout(1000);
        await page.evaluate(`window.__tasks = []; window.__longest = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) { window.__longest = Math.max(window.__longest, e.duration); window.__tasks.push(Math.round(e.duration)); } }).observe({ type: 'longtask', buffered: false });`);
        const box = await page.locator('.graph-canvas').boundingBox();
        if (box) {
          await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
          const pane = await page.locator('.graph-canvas').boundingBox();
          const cx = (pane?.x ?? 0) + (pane?.width ?? 0) / 2;
          const cy = (pane?.y ?? 0) + (pane?.height ?? 0) / 2;
          for (let sweep = 0; sweep < 4; sweep++) {
            await page.mouse.move(cx, cy);
            await page.mouse.down();
            for (let step = 1; step <= 20; step++) await page.mouse.move(cx - step * 25, cy - step * 5);
            await page.mouse.up();
            if (process.env.BENCH_VERBOSE) console.log('after pan', await page.evaluate('JSON.stringify(window.__tasks)'));
            await page.mouse.wheel(0, sweep % 2 ? 300 : -300);
            await page.waitForTimeout(100);
            if (process.env.BENCH_VERBOSE) console.log('after wheel', await page.evaluate('JSON.stringify(window.__tasks)'));
          }
          await page.waitForTimeout(300);
          longestPanTaskMs = (await page.evaluate('window.__longest')) as number;
        }
        // Typing: break the start scene's id and wait for the diagnostic to appear.
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+Home');
        const start = (await page.evaluate('performance.now()')) as number;
        await page.keyboard.type('x');
        await page.waitForFunction(() => /error/.test(document.querySelector('.diagnostics p')?.textContent ?? ''), undefined, { timeout: 30_000 });
        keystrokeToDiagnosticsMs = ((await page.evaluate('performance.now()')) as number) - start;
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { openMs, longestPanTaskMs, keystrokeToDiagnosticsMs };
}

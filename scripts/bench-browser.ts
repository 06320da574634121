import { launch, serve } from '../test/e2e/browser.mjs';

/**
 * Runs in the page: clicks the first response and resolves with the milliseconds until the frame
 * after the next scene (or the report) is in the page. A string, so no build helper leaks into it.
 */
const CLICK_AND_WAIT = `new Promise((resolve) => {
  const before = document.querySelectorAll('.transcript li').length;
  const button = document.querySelector('.responses button');
  if (!button) return resolve(-1);
  const moved = () => document.querySelector('.report') || (document.querySelectorAll('.transcript li').length > before && document.querySelector('#scene-heading'));
  const start = performance.now();
  const timeout = setTimeout(() => resolve(-1), 5000);
  const observer = new MutationObserver(() => {
    if (!moved()) return;
    observer.disconnect();
    clearTimeout(timeout);
    requestAnimationFrame(() => resolve(performance.now() - start));
  });
  observer.observe(document.getElementById('main'), { childList: true, subtree: true, characterData: true });
  button.click();
})`;

/**
 * Plays the short bundled scenario in Chromium, answering each decision with its first response,
 * and measures from the click to the frame after the next scene is in the page.
 */
export async function measureClickToScene(runs = 3): Promise<{ p50: number; p95: number; samples: number }> {
  const server = await serve();
  const browser = await launch();
  const samples: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.getByRole('article', { name: 'Water main burst in Zhelkent' }).getByRole('button', { name: 'Open the briefing' }).click();
      await page.getByRole('radio', { name: /^Assessment/ }).check();
      await page.waitForFunction(() => !document.querySelector('button.primary')?.hasAttribute('disabled'));
      await page.getByRole('button', { name: 'Start' }).click();
      await page.locator('#scene-heading').waitFor();
      for (let step = 0; step < 40; step++) {
        if (await page.getByRole('heading', { name: /^Your report/ }).count()) break;
        if (await page.getByRole('button', { name: 'Issue the statement' }).count()) {
          const adds = page.getByRole('button', { name: /^Add: / });
          for (let i = 0; i < 4; i++) await adds.first().click();
          await page.getByRole('button', { name: 'Issue the statement' }).click();
          await page.waitForFunction(() => !document.querySelector('.compose'));
          continue;
        }
        const ms = (await page.evaluate(CLICK_AND_WAIT)) as number;
        if (ms < 0) throw new Error(`no next scene after a click at step ${step}: ${await page.locator('#main').innerText()}`.slice(0, 400));
        samples.push(ms);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (process.env.BENCH_VERBOSE) console.log(samples.map((s) => s.toFixed(0)).join(' '));
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), samples: samples.length };
}

// Browser tests: playwright-core driving Debian's Chromium against the production build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import { build, launch, serve, ROOT } from './browser.mjs';

const tests = [];
const test = (name, run) => tests.push({ name, run });

/** Opens a scenario's briefing from the library and starts it in assessment mode, by keyboard. */
async function startByKeyboard(page, title) {
  const card = page.getByRole('article', { name: title });
  await card.getByRole('button', { name: 'Open the briefing' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('radio', { name: /^Assessment/ }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('button.primary')?.hasAttribute('disabled'));
  await page.getByRole('button', { name: 'Start' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#scene-heading').waitFor();
}

/** Answers the current scene by keyboard: number key 1, or for a statement, adds fragments and issues it. */
async function answerByKeyboard(page) {
  const compose = page.getByRole('button', { name: 'Issue the statement' });
  if (await compose.count()) {
    const hint = await page.locator('.compose .hint').first().textContent();
    const min = Number(/(\d+)/.exec(hint ?? '2')?.[1] ?? 2);
    for (let i = 0; i < min; i++) {
      await page.getByRole('button', { name: /^Add: / }).first().focus();
      await page.keyboard.press('Enter');
    }
    await compose.focus();
    await page.keyboard.press('Enter');
  } else {
    await page.keyboard.press('1');
  }
}

test('a keyboard-only playthrough from the library to the report', async (page, url) => {
  await page.goto(url);
  await startByKeyboard(page, 'Water main burst in Zhelkent');
  for (let step = 0; step < 40; step++) {
    if (await page.getByRole('heading', { name: /^Your report/ }).count()) break;
    const before = await page.locator('#main').innerText();
    await answerByKeyboard(page);
    await page.waitForFunction((text) => document.querySelector('#main')?.innerText !== text, before);
  }
  await page.getByRole('heading', { name: /^Your report/ }).waitFor();
  assert.ok(await page.getByRole('table', { name: 'Competency profile' }).isVisible());
  assert.ok(await page.getByRole('heading', { name: /^Ending: / }).isVisible());
  // The report opens at its top with its heading focused; its evidence and path follow.
  assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /^Your report/);
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  await page.getByRole('table').filter({ hasText: 'Better option' }).waitFor();
  await page.getByRole('heading', { name: /^Evidence/ }).first().waitFor();
  // Back in the library, focus is on the scenario just played, on screen, not lost on the page.
  await page.getByRole('button', { name: 'Back to the library' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Scenarios' }).waitFor();
  const card = page.getByRole('article', { name: 'Water main burst in Zhelkent' });
  assert.ok(await card.getByRole('button', { name: 'Open the briefing' }).evaluate((button) => button === document.activeElement));
  assert.ok(await card.getByRole('button', { name: 'Open the briefing' }).isVisible());
});

test('reloading mid-run resumes at the same scene with the same meters', async (page, url) => {
  await page.goto(url);
  await startByKeyboard(page, 'Water main burst in Zhelkent');
  await page.keyboard.press('2');
  await page.waitForFunction(() => document.querySelector('#main .transcript li.mine'));
  const heading = await page.locator('#scene-heading').innerText();
  const meters = await page.getByRole('meter').evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuenow')));
  await page.reload();
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.locator('#scene-heading').waitFor();
  assert.equal(await page.locator('#scene-heading').innerText(), heading);
  assert.deepEqual(await page.getByRole('meter').evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuenow'))), meters);
});

test('switching to Kazakh shows Kazakh text', async (page, url) => {
  await page.goto(url);
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await page.getByRole('heading', { name: 'Сценарийлер' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'kk');
  const scenario = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'burst-water-main.json'), 'utf8'));
  await page.getByRole('article', { name: scenario.title.kk }).getByText(scenario.summary.kk).waitFor();
});

test('the studio shows diagnostics for a broken file, updates them as it is fixed, and keeps the draft across a reload', async (page, url) => {
  await page.goto(url);
  await page.getByRole('button', { name: 'Authoring studio' }).click();
  await page.getByText('No problems found.').waitFor();
  const scenario = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'burst-water-main.json'), 'utf8'));
  const broken = JSON.stringify({ ...scenario, start: 'no-such-scene' }, null, 2);
  await page.locator('summary', { hasText: 'Paste JSON' }).click();
  await page.locator('#studio-paste').fill(broken);
  await page.getByRole('button', { name: 'Open the pasted text' }).click();
  const line = broken.split('\n').findIndex((l) => l.includes('"no-such-scene"')) + 1;
  const diagnostic = page.getByRole('button', { name: /Unknown scene "no-such-scene"/ });
  await diagnostic.waitFor();
  assert.match(await diagnostic.innerText(), new RegExp(`^${line}:\\d+`));
  await diagnostic.click();
  // The cursor is now on the broken line: select the id by keyboard and type the right one.
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(`"start": "${scenario.start}",`);
  await page.getByText('No problems found.').waitFor();
  // Play-test from a chosen scene, then come back to the editor.
  const playtest = page.getByRole('region', { name: 'Play-test' });
  const sceneId = scenario.scenes[4].id;
  await playtest.getByRole('combobox', { name: 'Start from scene' }).selectOption(sceneId);
  await playtest.getByRole('button', { name: 'Play from this scene' }).click();
  await page.locator('#scene-heading').waitFor();
  const title = scenario.scenes[4].title?.en;
  if (title) assert.equal(await page.locator('#scene-heading').innerText(), title);
  await page.getByRole('button', { name: 'Back to the editor' }).click();
  await page.getByText('No problems found.').waitFor();
  await page.waitForTimeout(1200); // the autosave waits for a pause in typing
  await page.reload();
  await page.getByRole('button', { name: 'Authoring studio' }).click();
  await page.getByRole('button', { name: 'Open: pasted.json' }).click();
  // The restored draft is the fixed one: the validator finds nothing, and the editor is not the template.
  await page.getByText('No problems found.').waitFor();
  assert.ok((await page.locator('.cm-content').innerText()).includes(scenario.id));
});

test('the studio completes field names and explains them from the JSON Schema', async (page, url) => {
  await page.goto(url);
  await page.getByRole('button', { name: 'Authoring studio' }).click();
  await page.getByText('No problems found.').waitFor();
  // Hover help on a field name.
  const line = page.locator('.cm-line', { hasText: '"formatVersion"' });
  const box = await line.boundingBox();
  await page.mouse.move(box.x + 40, box.y + box.height / 2);
  await page.locator('.cm-tooltip-hover').waitFor();
  assert.match(await page.locator('.cm-tooltip-hover').innerText(), /Version of this file format/);
  // Completion offers the fields the scenario does not have yet, with their descriptions.
  await line.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"');
  await page.locator('.cm-tooltip-autocomplete').waitFor();
  const offered = await page.locator('.cm-tooltip-autocomplete').innerText();
  assert.match(offered, /injects/);
  assert.match(offered, /openingFeed/);
});

/** WCAG 2.x A and AA rules (2.2 included) that axe-core checks automatically. */
async function axeViolations(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('library, briefing, play, feedback, compose task, report and studio have no axe violations', async (page, url) => {
  const found = {};
  const check = async (screen) => {
    const violations = await axeViolations(page);
    if (violations.length) found[screen] = violations;
  };
  await page.goto(url);
  await page.getByRole('heading', { name: 'Scenarios' }).waitFor();
  await check('library');
  await page.getByRole('article', { name: 'Water main burst in Zhelkent' }).getByRole('button', { name: 'Open the briefing' }).click();
  await page.waitForFunction(() => !document.querySelector('button.primary')?.hasAttribute('disabled'));
  await check('briefing');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#scene-heading').waitFor();
  await check('play');
  for (let step = 0; step < 40; step++) {
    if (await page.getByRole('heading', { name: /^Your report/ }).count()) break;
    if (await page.getByRole('button', { name: 'Continue' }).count()) {
      if (!found.feedback) await check('feedback');
      await page.getByRole('button', { name: 'Continue' }).click();
      continue;
    }
    if (await page.getByRole('button', { name: 'Issue the statement' }).count()) {
      await check('compose');
      for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /^Add: / }).first().click();
      await page.getByRole('button', { name: 'Issue the statement' }).click();
      continue;
    }
    // Each channel is drawn differently: check each the first time it appears.
    const channel = await page.locator('.channel').getAttribute('class');
    if (channel && !found[`checked ${channel}`]) {
      await check(channel);
      found[`checked ${channel}`] = undefined;
    }
    const before = await page.locator('#main').innerText();
    await page.keyboard.press('1');
    await page.waitForFunction((text) => document.querySelector('#main')?.innerText !== text, before);
  }
  await page.getByRole('heading', { name: /^Your report/ }).waitFor();
  await check('report');
  for (const key of Object.keys(found)) if (found[key] === undefined) delete found[key];
  await page.getByRole('button', { name: 'Authoring studio' }).click();
  await page.getByText('No problems found.').waitFor();
  await check('studio');
  // The channels the short scenario does not use: a reception desk and a press conference, play-tested from the studio.
  for (const [file, channel] of [['reception-day.json', 'reception'], ['mine-press-conference.json', 'press-conference']]) {
    const scenario = JSON.parse(readFileSync(join(ROOT, 'scenarios', file), 'utf8'));
    const scene = scenario.scenes.find((s) => s.channel === channel);
    await page.locator('#studio-bundled').selectOption(file);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByText(new RegExp(`^${scenario.scenes.length} scenes, `)).waitFor();
    const playtest = page.getByRole('region', { name: 'Play-test' });
    await playtest.getByRole('combobox', { name: 'Start from scene' }).selectOption(scene.id);
    await playtest.getByRole('button', { name: 'Play from this scene' }).click();
    await page.locator(`.channel-${channel}`).waitFor();
    await check(`channel ${channel}`);
    await page.getByRole('button', { name: 'Back to the editor' }).click();
  }
  assert.deepEqual(found, {});
});

/** Plays the open scenario to its report, answering with `key` (a number key), or by the group's vote in seminar mode. */
async function playToReport(page, key, seminar = false) {
  for (let step = 0; step < 60; step++) {
    if (await page.getByRole('heading', { name: /^Your report/ }).count()) return;
    if (await page.getByRole('button', { name: 'Continue' }).count()) {
      await page.getByRole('button', { name: 'Continue' }).click();
      continue;
    }
    if (await page.getByRole('button', { name: 'Issue the statement' }).count()) {
      for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /^Add: / }).first().click();
      await page.getByRole('button', { name: 'Issue the statement' }).click();
      continue;
    }
    if (seminar) {
      const votes = page.getByRole('region', { name: 'The group’s vote' });
      if (!(await votes.count())) {
        await page.waitForTimeout(100);
        continue;
      }
      await votes.getByRole('spinbutton', { name: 'Hands for 1' }).fill('6');
      await votes.getByRole('spinbutton', { name: 'Hands for 2' }).fill('4');
      await votes.getByRole('button', { name: 'Take the majority' }).click();
      continue;
    }
    if (!(await page.locator('.responses').count())) {
      await page.waitForTimeout(100);
      continue;
    }
    const before = await page.locator('#main').innerText();
    await page.keyboard.press(key);
    await page.waitForFunction((text) => document.querySelector('#main')?.innerText !== text, before);
  }
  await page.getByRole('heading', { name: /^Your report/ }).waitFor();
}

/** Starts the short bundled scenario in a mode. */
async function startShort(page, url, mode) {
  await page.goto(url);
  await page.getByRole('article', { name: 'Water main burst in Zhelkent' }).getByRole('button', { name: 'Open the briefing' }).click();
  await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  await page.waitForFunction(() => !document.querySelector('button.primary')?.hasAttribute('disabled'));
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#scene-heading').waitFor();
}

/** Downloads the results JSON from the report under a pseudonym; returns its text. */
async function exportResults(page, pseudonym) {
  await page.getByRole('textbox', { name: 'Pseudonym' }).fill(pseudonym);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download results (JSON)' }).click()]);
  return readFileSync(await download.path(), 'utf8');
}

test('two trainees export; the trainer imports both and a broken file; a seminar group votes', async (page, url, browser) => {
  const files = [];
  for (const [name, key] of [['Trainee A', '1'], ['Trainee B', '2']]) {
    const context = await browser.newContext({ acceptDownloads: true });
    const trainee = await context.newPage();
    await startShort(trainee, url, 'Assessment');
    await playToReport(trainee, key);
    files.push({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(await exportResults(trainee, name)) });
    await context.close();
  }
  files.push({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "kind": "tynda-results", ') });
  await page.goto(url);
  await page.getByRole('button', { name: 'Trainer’s dashboard' }).click();
  await page.locator('input[type=file]').setInputFiles(files);
  await page.getByRole('status').filter({ hasText: '2 files imported.' }).waitFor();
  assert.match(await page.getByRole('alert').innerText(), /"broken\.json" cannot be imported/);
  const choices = page.getByRole('region', { name: 'Choices at each scene' });
  await choices.waitFor();
  const rows = await choices.getByRole('row').allInnerTexts();
  assert.ok(rows.length > 5, 'a row per scene and response');
  assert.equal(rows[1].split('\t')[1], '2', 'both trainees reached the first scene');
  assert.ok(await page.getByText('2 runs', { exact: true }).isVisible());
  assert.deepEqual(await axeViolations(page), [], 'the dashboard has no axe violations');

  const seminar = await browser.newContext({ acceptDownloads: true });
  const room = await seminar.newPage();
  await startShort(room, url, 'Seminar');
  await room.getByRole('region', { name: 'The group’s vote' }).waitFor();
  assert.deepEqual(await axeViolations(room), [], 'seminar mode has no axe violations');
  await playToReport(room, '1', true);
  const record = JSON.parse(await exportResults(room, 'Group 1'));
  assert.equal(record.mode, 'seminar');
  assert.ok(record.votes.length > 3 && record.votes.every((v) => Object.values(v.counts).includes(6)));
  await seminar.close();
});

const PAYLOADS = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', '"><svg onload=alert(1)>', 'javascript:alert(1)'];

/** The scenario with every translated text replaced by a script-injection payload. */
function hostileScenario() {
  const scenario = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'burst-water-main.json'), 'utf8'));
  let n = 0;
  const poison = (value) => {
    if (Array.isArray(value)) return value.map(poison);
    if (typeof value !== 'object' || value === null) return value;
    const keys = Object.keys(value);
    if (keys.length && keys.every((k) => ['kk', 'ru', 'en'].includes(k))) return Object.fromEntries(keys.map((k) => [k, `${PAYLOADS[n++ % PAYLOADS.length]} ${k}`]));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v)]));
  };
  return poison(scenario);
}

test('a scenario whose every text is a script-injection payload is shown as text and runs nothing', async (page, url) => {
  await page.goto(url);
  await page.getByRole('button', { name: 'Authoring studio' }).click();
  await page.getByText('No problems found.').waitFor();
  await page.locator('summary', { hasText: 'Paste JSON' }).click();
  await page.locator('#studio-paste').fill(JSON.stringify(hostileScenario(), null, 2));
  await page.getByRole('button', { name: 'Open the pasted text' }).click();
  await page.getByText(/^10 scenes, /).waitFor(); // the pasted scenario is checked and analysed
  const playtest = page.getByRole('region', { name: 'Play-test' });
  await playtest.getByRole('button', { name: 'Play from this scene' }).click();
  await page.locator('#scene-heading').waitFor();
  const shown = await page.locator('#main').innerText();
  assert.ok(PAYLOADS.some((p) => shown.includes(p)), `the payload is shown as text: ${shown.slice(0, 300)}`);
  await page.locator('.responses button').first().click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#scene-heading').waitFor();
  assert.equal(await page.evaluate('window.__pwned'), undefined);
  assert.equal(await page.locator('script:not([src])').count(), 0);
});

test('text enlarged to 200% loses nothing: no sideways scrolling on the library, play and report', async (page, url) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const enlarge = () => page.evaluate(`document.documentElement.style.fontSize = '200%'`);
  const overflow = () => page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  await page.goto(url);
  await page.getByRole('heading', { name: 'Scenarios' }).waitFor();
  await enlarge();
  assert.ok((await overflow()) <= 1, 'library');
  await startShort(page, url, 'Assessment');
  await enlarge();
  assert.ok((await overflow()) <= 1, 'play');
  assert.ok(await page.locator('.responses button').first().isVisible());
  await playToReport(page, '1');
  await enlarge();
  assert.ok((await overflow()) <= 1, 'report');
});

test('on a phone nothing is cut off: the library and report never scroll sideways; wide tables scroll by themselves', async (page, url) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = () => page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  for (const language of ['Русский', 'Қазақша', 'English']) {
    await page.goto(url);
    await page.getByRole('button', { name: language }).click();
    await page.locator('.library li').first().waitFor();
    assert.ok((await overflow()) <= 1, `the library scrolls sideways in ${language}`);
  }
  await startShort(page, url, 'Assessment');
  // During the run, whatever takes the focus is scrolled clear of the status bar that stays on screen.
  const first = page.locator('.responses button').first();
  await first.evaluate((button) => window.scrollTo(0, button.getBoundingClientRect().top + window.scrollY - 10));
  await first.focus();
  const [bar, button] = await Promise.all([page.locator('.status-bar').boundingBox(), first.boundingBox()]);
  assert.ok(bar && button && button.y >= bar.y + bar.height - 1, `the focused response is under the status bar: ${JSON.stringify({ bar, button })}`);
  await playToReport(page, '1');
  await page.locator('.path-table').waitFor();
  assert.ok((await overflow()) <= 1, 'the report scrolls sideways');
  // The last column is reachable: focusing its button scrolls the table, and the button is then on screen.
  const replay = page.getByRole('button', { name: /^Replay from this scene/ }).last();
  await replay.focus();
  const box = await replay.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 361, `the replay button is off screen: ${JSON.stringify(box)}`);
  assert.ok(await page.evaluate(() => document.elementFromPoint(...(() => { const r = document.activeElement.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })())?.closest('button') === document.activeElement), 'the focused replay button is hidden');
});

test('after a first visit it works offline: library, a scenario played to its report, the studio and the dashboard', async (page, url) => {
  await page.goto(url);
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  await page.reload(); // the service worker now controls the page
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.context().setOffline(true);
  try {
    await page.reload();
    await page.getByRole('heading', { name: 'Scenarios' }).waitFor();
    await startShort(page, url, 'Assessment');
    await playToReport(page, '1');
    assert.ok(await page.getByRole('table', { name: 'Competency profile' }).isVisible());
    await page.getByRole('button', { name: 'Authoring studio' }).click();
    await page.getByText('No problems found.').waitFor();
    await page.getByRole('button', { name: 'Trainer’s dashboard' }).click();
    await page.getByText(/runs? kept in this browser/).waitFor();
  } finally {
    await page.context().setOffline(false);
  }
});

build();
const server = await serve();
const browser = await launch();
let passed = 0;
let failed = 0;
// `npm run test:e2e -- <words>` runs only the tests whose names contain them.
const only = process.argv.slice(2).join(' ');
for (const { name, run } of tests.filter((t) => t.name.includes(only))) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|evaluate)/.test(message.text())) errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    errors.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  try {
    await run(page, server.url, browser);
    assert.deepEqual(errors, [], 'the page threw');
    passed++;
    console.log(`✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`✗ ${name}\n  ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await context.close();
  }
}
await browser.close();
await server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

/**
 * End-to-end test of the playground (docs/playground/): copies the built bundle next to
 * the page, serves the page from a local static server and drives Debian's Chromium with
 * Playwright: paste the seed cable 10ASTANA270, parse, check the outline and the source
 * highlighting. Writes docs/playground.png when UPDATE_SCREENSHOT=1 or when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PLAYGROUND = join(ROOT, 'docs', 'playground');
const DIST = join(ROOT, 'dist');
const SCREENSHOT = join(ROOT, 'docs', 'playground.png');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MISSING_CHROMIUM = `Chromium not found at ${CHROMIUM}: the playground end-to-end test needs Debian's Chromium (apt-get install -y chromium) or CHROMIUM_PATH; it is never skipped`;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The archive text of cable 10ASTANA270: the seed from its start to the first `Wikileaks` line. */
function firstSeedCable(): string {
  const seed = readFileSync(join(ROOT, 'fixtures', 'seed-astana.txt'), 'utf8');
  const end = seed.search(/^Wikileaks$/m);
  if (end < 0) throw new Error('fixtures/seed-astana.txt: no "Wikileaks" line');
  return seed.slice(0, end);
}

/** 1-based line and column of `offset` (\n, \r\n and \r end lines). */
function lineColumnOf(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return `${line}:${offset - lineStart + 1}`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

/** Serves docs/playground/, falling back to dist/ (for the bundle's source map). */
function startServer(): Promise<Server> {
  const roots = [PLAYGROUND, DIST];
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    for (const root of roots) {
      const file = resolve(root, `.${path}`);
      if (!file.startsWith(root + sep)) continue;
      if (existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

describe('playground (docs/playground) in Chromium', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.js'))) {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
    }
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-playground.mjs')], { cwd: ROOT, stdio: 'pipe' });
    expect(existsSync(join(PLAYGROUND, 'cablekit.js'))).toBe(true);

    server = await startServer();
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    // Without Chromium every test fails (in openPlayground) with MISSING_CHROMIUM; nothing is skipped.
    if (existsSync(CHROMIUM)) browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  });

  /** A fresh page at 1280x900 that records page errors, console errors and failed requests. */
  async function openPlayground(): Promise<{ page: Page; errors: string[] }> {
    if (!browser) throw new Error(MISSING_CHROMIUM);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(baseUrl);
    await page.locator('body.ready').waitFor({ timeout: 5_000 });
    return { page, errors };
  }

  /** Offset into the input of the `<mark>` in the source view (text before it). */
  const markOffset = (page: Page): Promise<number> =>
    page.evaluate(`(() => {
      const source = document.getElementById('source');
      const range = document.createRange();
      range.setStart(source, 0);
      range.setEndBefore(source.querySelector('mark'));
      return range.toString().length;
    })()`);

  it('parses the pasted seed cable 10ASTANA270 and highlights fields in the source', async () => {
    const { page, errors } = await openPlayground();
    const text = firstSeedCable();

    await page.locator('#input').fill(text);
    await page.getByRole('button', { name: 'Parse' }).click();

    const field = (name: string) => page.locator(`li[data-field="${name}"]`);
    await field('subject').waitFor();
    expect(await field('subject').locator('.value').textContent()).toBe('KAZAKHSTAN: SECOND PREPARATION MEETING FOR THE 2010 SUSTAINABLE DEVELOPMENT CONFERENCE');
    expect(await field('from').locator('.value').textContent()).toBe('AMEMBASSY ASTANA');
    expect(await field('to').count()).toBe(1);
    expect(await field('to').locator('.address').textContent()).toBe('SECSTATE WASHDC');
    // 17 recipients: TO SECSTATE WASHDC and 16 INFO addressees (fixtures/expected/10ASTANA270.json).
    expect(await field('info').count()).toBe(16);
    expect(await page.locator('li[data-field="to"], li[data-field="info"]').count()).toBe(17);
    expect(await field('info').first().locator('.address').textContent()).toBe('CIS COLLECTIVE');
    expect(await field('info').last().locator('.address').textContent()).toBe('AMCONSUL ALMATY');
    expect(await field('paragraph').count()).toBe(8);
    expect(await field('signer').locator('.value').textContent()).toBe('HOAGLAND');
    expect(await field('page').count()).toBe(2);
    expect(await field('referenceId').locator('.value').textContent()).toBe('10ASTANA270');

    const refLink = page.locator('li[data-field="reference"] a[href="#ref=09ASTANA2139"]');
    expect(await refLink.count()).toBe(1);
    expect(await refLink.textContent()).toBe('09ASTANA2139');

    // The source view shows the input as text, line for line.
    expect(await page.locator('#source').textContent()).toBe(text);

    // Clicking the subject marks its span in the source and scrolls it into view.
    await field('subject').locator('button').click();
    const mark = page.locator('#source mark');
    expect(await mark.count()).toBe(1);
    const marked = (await mark.textContent()) ?? '';
    expect(marked).toContain('SECOND PREPARATION MEETING');
    expect(marked.startsWith('SUBJECT:')).toBe(true);
    expect(await markOffset(page)).toBe(text.indexOf('SUBJECT:'));
    const box = await mark.boundingBox();
    const view = await page.locator('#source-scroll').boundingBox();
    expect(box && view && box.y >= view.y && box.y + 10 <= view.y + view.height).toBe(true);
    expect(await field('subject').getAttribute('class')).toContain('selected');

    // A diagnostic highlights its position: the mark starts at the line:column it shows.
    const diagnostics = field('diagnostic');
    expect(await diagnostics.count()).toBeGreaterThan(0);
    const where = ((await diagnostics.first().locator('.where').textContent()) ?? '').replace('line ', '');
    await diagnostics.first().locator('button').click();
    expect(await mark.getAttribute('class')).toContain('diagnostic');
    expect(lineColumnOf(text, await markOffset(page))).toBe(where);

    // Clicking in the source selects the field there (here: an INFO recipient).
    const tokyo = text.indexOf('AMEMBASSY TOKYO') + 3;
    await page.evaluate(`(() => {
      const walker = document.createTreeWalker(document.getElementById('source'), NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (seen + node.nodeValue.length > ${tokyo}) {
          getSelection().collapse(node, ${tokyo} - seen);
          break;
        }
        seen += node.nodeValue.length;
      }
      document.getElementById('source').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    })()`);
    const selected = page.locator('li.item.selected');
    expect(await selected.getAttribute('data-field')).toBe('info');
    expect(await selected.locator('.address').textContent()).toBe('AMEMBASSY TOKYO');
    expect(await mark.textContent()).toBe('RUEHKO/AMEMBASSY TOKYO 2590');

    // A reference link goes to #ref=<id>; this input holds only one cable.
    await refLink.click();
    expect(page.url().endsWith('#ref=09ASTANA2139')).toBe(true);
    await page.locator('#status .note').waitFor();
    expect(await page.locator('#status .note').textContent()).toBe('09ASTANA2139 is not in this input');

    // The screenshot shows the subject selected.
    await field('subject').locator('button').click();
    if (process.env.UPDATE_SCREENSHOT === '1' || !existsSync(SCREENSHOT)) {
      await page.screenshot({ path: SCREENSHOT });
    }

    expect(errors).toEqual([]);
    await page.close();
  });

  it('parses a dropped file as is (CRLF line ends kept, spans still match)', async () => {
    const { page, errors } = await openPlayground();
    const crlf = firstSeedCable().replace(/\n/g, '\r\n');
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.items.add(new File([${JSON.stringify(crlf)}], '10ASTANA270.txt', { type: 'text/plain' }));
      document.getElementById('input').dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    })()`);
    await page.locator('li[data-field="subject"]').waitFor();
    expect(await page.locator('#status').textContent()).toContain('10ASTANA270.txt');
    await page.locator('li[data-field="signer"] button').click();
    expect(await page.locator('#source mark').textContent()).toBe('HOAGLAND');
    expect(await markOffset(page)).toBe(crlf.lastIndexOf('HOAGLAND'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('treats input as text, never as markup', async () => {
    const { page, errors } = await openPlayground();
    const hostile = [
      '<img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 1</script>',
      'UNCLAS SECTION 01 OF 01 ASTANA 000270',
      'SUBJECT: <b>bold</b> <img src=x onerror="window.__pwned = 1">',
      'REF: <a href="javascript:window.__pwned=1">A</a>',
      '',
      '1. (SBU) <iframe src="javascript:window.__pwned=1"></iframe>',
    ].join('\n');
    await page.locator('#input').fill(hostile);
    await page.getByRole('button', { name: 'Parse' }).click();
    await page.locator('li[data-field="subject"]').waitFor();
    expect(await page.locator('li[data-field="subject"] .value').textContent()).toBe('<b>bold</b> <img src=x onerror="window.__pwned = 1">');
    expect(await page.locator('main img, main script, main iframe, main b').count()).toBe(0);
    expect(await page.locator('#source').textContent()).toBe(hostile);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});

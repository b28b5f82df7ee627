/**
 * WikiLeaks HTML pages (docs/cable-format.md section 1b). Every page here is synthetic:
 * the structure mimics the Cable Viewer pages, the text is invented.
 */

import { describe, expect, it } from 'vitest';
import { splitLines, type SourceLine } from '../src/text/source-line.js';
import { parseCable } from '../src/assemble.js';
import { isWikileaksHtml, readWikileaksHtml } from '../src/text/wikileaks-html.js';
import { msUnder } from './timing.js';

/** Site chrome before the cable, with a script, a style and a comment holding cable-looking text. */
const CHROME_TOP = [
  "<?xml version='1.0' encoding='utf-8' ?>",
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
  "<html lang='en' xml:lang='en' xmlns='http://www.w3.org/1999/xhtml'>",
  '<head>',
  '<title>Cable Viewer</title>',
  "<style type='text/css'>pre { white-space: pre-wrap; } /* <code><pre>STYLE TEXT</pre></code> */</style>",
  "<script type='text/javascript'>",
  "var sample = \"<table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th><th>Origin</th></tr>\" +",
  "  \"<tr><td>99FAKEPOST1</td><td>1999-01-01 00:00</td><td>SECRET</td><td>Embassy Nowhere</td></tr></table>\" +",
  '  "<code><pre>VZCZCXYZ9999&#x000A;SCRIPT ONLY LINE</pre></code>";',
  'if (a < b && b > c) { swap(\'x\'); }',
  '</script>',
  '</head>',
  '<body>',
  "<div class='main'>",
  "<div class='pane small'>",
  "<a href='/index.html'><img alt='logo' src='/static/gfx/logo.png' /></a>",
  "<div id='browse'>",
  '<h3>Browse latest releases</h3>',
  "<a class='sort fix' href='#rdate_201101' onclick=\"return swap('rdate_201101');\">2011/01</a>",
  '<!-- <code><pre>COMMENTED OUT LINE</pre></code> -->',
  '</div>',
  '</div>',
  "<div class='pane big'>",
];

const CHROME_HELP = [
  '<div>',
  'New here? Read about the <a href="#help_1" onclick="return sh(1);">structure of a cable</a>.',
  '<br />',
  '</div>',
];

const CHROME_BOTTOM = ['</div>', '</div>', "<script src='/static/js/cables.js' type='text/javascript'></script>", '</body>', '</html>', ''];

/** The 5-column table (with Released) and an "Appears in these articles" row. */
const TABLE_5 = [
  "<table class='cable'>",
  '<tr>',
  '<th>Reference ID</th>',
  '<th>Created</th>',
  '<th>Released</th>',
  '<th>Classification</th>',
  '<th>Origin</th>',
  '</tr>',
  '<tr>',
  '<td>',
  "<a href='/cable/2009/03/09TASHKENT412.html'>09TASHKENT0412</a>",
  '</td>',
  '<td>',
  "<a href='/date/2009-03_0.html'>2009-03-02 11:15</a>",
  '</td>',
  '<td>',
  "<a href='/reldate/2011-02-01_0.html'>2011-02-01 12:00</a>",
  '</td>',
  '<td>',
  "<a href='/classification/4_0.html' title='secret'>UNCLASSIFIED//FOR OFFICIAL USE ONLY</a>",
  '</td>',
  '<td>',
  "<a href='/origin/77_0.html'>Embassy Tashkent</a>",
  '</td>',
  '</tr>',
  '<tr>',
  "<td colspan='5'>",
  'Appears in these articles:<br />',
  "<a href='http://news.example.org/2011/02/water-plan?id=7&amp;p=2'>news.example.org/2011/02/water-plan</a><br />",
  "<a href='http://journal.example.com/world/central-asia'>journal.example.com/world/central-asia</a><br />",
  '</td>',
  '</tr>',
  '</table>',
];

/** The header block: routing lines separated by `&#x000A;`. */
const HEADER_PRE =
  '<code><pre>VZCZCXYZ0003&#x000A;RR RUEHWEB&#x000A;&#x000A;DE RUEHNT #0412 0611115&#x000A;ZNR UUUUU ZZH&#x000A;' +
  'R 021115Z MAR 09&#x000A;FM AMEMBASSY TASHKENT&#x000A;TO RUEHC/SECSTATE WASHDC 5123</pre></code>';

/** A paragraph reflowed onto one long line (later pages do this). */
const REFLOWED =
  '2. (SBU) This paragraph was reflowed onto a single line by the archive, so it runs on well past the old ' +
  'sixty-nine character width of a teletype line and keeps going until the paragraph ends, which is here.';

/** The body block: tag links, paragraph anchors, entities, raw UTF-8, a `<br>` before a break. */
const BODY_PRE =
  '<code><pre>UNCLAS SECTION 01 OF 02 TASHKENT 000412 &#x000A; &#x000A;SIPDIS &#x000A; &#x000A;' +
  'E.O. 12958: N/A &#x000A;' +
  "TAGS: <a href='/tag/ECON_0.html'>ECON</a> <a href='/tag/SENV_0.html'>SENV</a> <a href='/tag/UZ_0.html'>UZ</a> &#x000A;" +
  'SUBJECT: UZBEKISTAN: MINISTERS&#8217; WATER PLAN &#x000A; &#x000A;' +
  "<a id='par1' href='#par1'>¶</a>1. (U) Ministers from three countries agreed on a plan &amp; a budget &lt;draft&gt;. &#x000A;" +
  'The plan names the caf\u00e9 owners\u2019 union and <<ZED>> as partners. <br>&#x000A;' +
  '&quot;We are ready,&quot; said one minister. &#x000A; &#x000A;' +
  `<a id='par2' href='#par2'>¶</a>${REFLOWED}&#x000A;&#x000A;` +
  "     <a id='parB' href='#parB'>¶</a>B. TASHKENT 0399 &#x000A;" +
  'SMITH&#x000A;</pre></code>';

const PAGE_A = [
  ...CHROME_TOP,
  '<h3>Viewing cable 09TASHKENT412, UZBEKISTAN: MINISTERS\u2019 WATER PLAN</h3>',
  ...CHROME_HELP,
  ...TABLE_5,
  HEADER_PRE,
  BODY_PRE,
  ...CHROME_BOTTOM,
].join('\n');

const PAGE_A_LINES = [
  'VZCZCXYZ0003',
  'RR RUEHWEB',
  '',
  'DE RUEHNT #0412 0611115',
  'ZNR UUUUU ZZH',
  'R 021115Z MAR 09',
  'FM AMEMBASSY TASHKENT',
  'TO RUEHC/SECSTATE WASHDC 5123',
  '',
  'UNCLAS SECTION 01 OF 02 TASHKENT 000412 ',
  ' ',
  'SIPDIS ',
  ' ',
  'E.O. 12958: N/A ',
  'TAGS: ECON SENV UZ ',
  'SUBJECT: UZBEKISTAN: MINISTERS\u2019 WATER PLAN ',
  ' ',
  '1. (U) Ministers from three countries agreed on a plan & a budget <draft>. ',
  'The plan names the caf\u00e9 owners\u2019 union and <<ZED>> as partners. ',
  '"We are ready," said one minister. ',
  ' ',
  REFLOWED,
  '',
  '     B. TASHKENT 0399 ',
  'SMITH',
];

/** The 4-column table of the December 2010 pages (no Released), no articles row. */
const TABLE_4 = [
  "<table class='cable'>",
  '<tr>',
  '<th>Reference ID</th>',
  '<th>Created</th>',
  '<th>Classification</th>',
  '<th>Origin</th>',
  '</tr>',
  '<tr>',
  "<td><a href='/cable/2008/10/08STATE1399.html'>08STATE1399</a></td>",
  "<td><a href='/date/2008-10_0.html'>2008-10-08 17:40</a></td>",
  "<td><a href='/classification/2_0.html' title='unclassified'>CONFIDENTIAL//NOFORN</a></td>",
  "<td><a href='/origin/5_0.html'>Secretary of State</a></td>",
  '</tr>',
  '</table>',
];

/**
 * One `<pre>` block only (no header), written over real lines (`\r\n`), with an entity
 * cut by a real line break (`&#x00` / `0A;`).
 */
const PAGE_B = [
  '<html><head><title>Cable Viewer</title></head><body>',
  "<script>document.write('<code><pre>HIDDEN SCRIPT TEXT</pre></code>');</script>",
  '<h3>Viewing cable 08STATE1399,</h3>',
  ...TABLE_4,
  "<code><pre>C O N F I D E N T I A L STATE 001399 &#x000A;&#x000A;E.O. 12958: DECL: 10/08/2018 &#x00",
  "0A;TAGS: <a href='/tag/PREL_0.html'>PREL</a> &#x000A;SUBJECT: A SHORT NOTE",
  '',
  "<a id='par1' href='#par1'>¶</a>1. (C) Real line breaks count too.",
  'RICE</pre></code>',
  '</body></html>',
].join('\r\n');

/** The HTML line where PAGE_B's `<pre>` starts (after html, script, h3 and the table). */
const PRE_B_LINE = 3 + TABLE_4.length + 1;

const texts = (lines: readonly SourceLine[]): string[] => lines.map((l) => l.text);

/** 1-based line number of `offset` in `text`, counting `\n`, `\r\n` and `\r`. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
  }
  return line;
}

/**
 * Checks positions: offsets increase, line numbers match the HTML, and where the HTML at
 * a line's offset is plain text (not an entity or tag), the line starts with that text.
 * Returns how many lines had their first characters checked.
 */
function checkPositions(html: string, lines: readonly SourceLine[]): number {
  let checked = 0;
  let previous = -1;
  for (const l of lines) {
    expect(l.offset).toBeGreaterThanOrEqual(previous);
    previous = l.offset;
    expect(l.line).toBe(lineOf(html, l.offset));
    if (l.text === '' || html[l.offset] === '&') continue;
    // The plain-text run at the offset: up to the next tag, entity or real line break.
    let k = 0;
    while (k < l.text.length && !'<&\r\n'.includes(html[l.offset + k] ?? '<')) k++;
    expect(k).toBeGreaterThan(0);
    expect(html.slice(l.offset, l.offset + k)).toBe(l.text.slice(0, k));
    checked++;
  }
  return checked;
}

describe('isWikileaksHtml', () => {
  it('recognizes pages with the cable table or the cable <pre> blocks', () => {
    expect(isWikileaksHtml(PAGE_A)).toBe(true);
    expect(isWikileaksHtml(PAGE_B)).toBe(true);
    expect(isWikileaksHtml("<html><body><code><pre>UNCLAS STATE 000001</pre></code></body></html>")).toBe(true);
  });

  it('rejects plain cable text and archive dumps', () => {
    expect(isWikileaksHtml('UNCLAS TASHKENT 000412\nSIPDIS\nTAGS: ECON\n')).toBe(false);
    expect(isWikileaksHtml('Reference ID Created Released Classification Origin\n09TASHKENT412 2009-03-02 11:15 ...')).toBe(false);
    expect(isWikileaksHtml('')).toBe(false);
  });
});

describe('readWikileaksHtml: a 5-column page with header and body blocks', () => {
  const page = readWikileaksHtml(PAGE_A);

  it('reads the metadata by header names, from the visible cell text', () => {
    expect(page.metadata).toEqual({
      referenceId: '09TASHKENT412',
      created: '2009-03-02T11:15',
      released: '2011-02-01T12:00',
      classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
      origin: 'Embassy Tashkent',
      title: "UZBEKISTAN: MINISTERS' WATER PLAN",
      mediaUrls: ['http://news.example.org/2011/02/water-plan?id=7&p=2', 'http://journal.example.com/world/central-asia'],
    });
  });

  it('reports the title quote repair and nothing else', () => {
    expect(page.diagnostics.map((d) => d.code)).toEqual(['TYPOGRAPHIC_QUOTES_REPLACED']);
  });

  it('returns the cable lines: header, one blank line, body; tags, anchors and entities handled', () => {
    expect(texts(page.lines)).toEqual(PAGE_A_LINES);
  });

  it('never lets script, style or comment text through', () => {
    const all = texts(page.lines).join('\n');
    expect(all).not.toContain('SCRIPT ONLY');
    expect(all).not.toContain('STYLE TEXT');
    expect(all).not.toContain('COMMENTED OUT');
    expect(page.metadata?.referenceId).not.toBe('99FAKEPOST1');
  });

  it('keeps the reflowed paragraph as one line', () => {
    expect(page.lines.filter((l) => l.text === REFLOWED)).toHaveLength(1);
  });

  it('points every line at where its text starts in the HTML', () => {
    expect(checkPositions(PAGE_A, page.lines)).toBeGreaterThan(15);
    const first = page.lines[0] as SourceLine;
    expect(first.offset).toBe(PAGE_A.indexOf('VZCZCXYZ0003'));
    expect(first.line).toBe(CHROME_TOP.length + 1 + CHROME_HELP.length + TABLE_5.length + 1);
    // A paragraph line starts after its removed `¶` anchor.
    const par1 = page.lines.find((l) => l.text.startsWith('1. (U)')) as SourceLine;
    expect(PAGE_A.slice(par1.offset, par1.offset + 6)).toBe('1. (U)');
    // A line starting with an entity points at the entity.
    const quoted = page.lines.find((l) => l.text.startsWith('"We')) as SourceLine;
    expect(PAGE_A.slice(quoted.offset, quoted.offset + 6)).toBe('&quot;');
    // An empty line points just after the break that starts it.
    const blank = page.lines[2] as SourceLine;
    expect(PAGE_A.slice(blank.offset - 8, blank.offset)).toBe('&#x000A;');
  });
});

describe('readWikileaksHtml: a 4-column page with one block over real lines', () => {
  const page = readWikileaksHtml(PAGE_B);

  it('reads the 4-column table: released is null, no articles', () => {
    expect(page.metadata).toEqual({
      referenceId: '08STATE1399',
      created: '2008-10-08T17:40',
      released: null,
      classification: 'CONFIDENTIAL//NOFORN',
      origin: 'Secretary of State',
      title: null,
      mediaUrls: [],
    });
  });

  it('splits on real line breaks too and joins an entity cut by one', () => {
    expect(texts(page.lines)).toEqual([
      'C O N F I D E N T I A L STATE 001399 ',
      '',
      'E.O. 12958: DECL: 10/08/2018 ',
      'TAGS: PREL ',
      'SUBJECT: A SHORT NOTE',
      '',
      '1. (C) Real line breaks count too.',
      'RICE',
    ]);
    expect(page.diagnostics.map((d) => d.code)).toEqual(['LINE_BREAK_REPAIRED']);
    expect(page.diagnostics[0]?.line).toBe(PRE_B_LINE);
  });

  it('gives HTML line numbers and offsets', () => {
    expect(checkPositions(PAGE_B, page.lines)).toBe(6);
    const p = PRE_B_LINE;
    expect(page.lines.map((l) => l.line)).toEqual([p, p, p, p + 1, p + 1, p + 2, p + 3, p + 4]);
    const tags = page.lines[3] as SourceLine;
    expect(PAGE_B.slice(tags.offset, tags.offset + 5)).toBe('TAGS:');
  });
});

describe('readWikileaksHtml: metadata edge cases', () => {
  const body = "<code><pre>UNCLAS STATE 000001&#x000A;TEXT</pre></code>";

  it('maps columns by name in any order', () => {
    const html =
      "<html><body><table class='cable'><tr><th>Origin</th><th>Classification</th><th>Released</th><th>Created</th><th>Reference ID</th></tr>" +
      '<tr><td>Embassy Paris</td><td>SECRET</td><td>2011-01-02 03:04</td><td>2006-05-06 07:08</td><td>06PARIS99</td></tr></table>' +
      body +
      '</body></html>';
    const page = readWikileaksHtml(html);
    expect(page.metadata).toMatchObject({
      referenceId: '06PARIS99',
      created: '2006-05-06T07:08',
      released: '2011-01-02T03:04',
      classification: 'SECRET',
      origin: 'Embassy Paris',
    });
    expect(texts(page.lines)).toEqual(['UNCLAS STATE 000001', 'TEXT']);
  });

  it('de-duplicates article links and writes the scheme the archive doubled once', () => {
    const html =
      "<html><body><table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th><th>Origin</th></tr>" +
      '<tr><td>06PARIS99</td><td>2006-05-06 07:08</td><td>SECRET</td><td>Embassy Paris</td></tr>' +
      "<tr><td colspan='4'>Appears in these articles:<br /><a href='http://http://a.example/x'>a</a><br /> " +
      "<a href='http://b.example/y'>b</a><br /> <a href='http://http://a.example/x'>a again</a><br /> <a href='http://https://c.example/z'>c</a></td></tr></table>" +
      body +
      '</body></html>';
    // `http://http://a.example/x` links to the address its text shows, `http://a.example/x`; the same link once.
    expect(readWikileaksHtml(html).metadata?.mediaUrls).toEqual(['http://a.example/x', 'http://b.example/y', 'https://c.example/z']);
  });

  it('drops the line-end backslash a CSV-made page leaves at the end of the title', () => {
    const html =
      "<html><body><h3>Viewing cable 06BERN898, SWITZERLAND AND LIECHTENSTEIN: ASSESSING OUR \\</h3><table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th><th>Origin</th></tr>" +
      '<tr><td>06BERN898</td><td>2006-05-06 07:08</td><td>UNCLASSIFIED</td><td>Embassy Bern</td></tr></table>' +
      body +
      '</body></html>';
    expect(readWikileaksHtml(html).metadata?.title).toBe('SWITZERLAND AND LIECHTENSTEIN: ASSESSING OUR');
  });

  it('gives null for a title that is only the backslash (session 28)', () => {
    const html =
      "<html><body><h3>Viewing cable 06BERN898, \\</h3><table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th><th>Origin</th></tr>" +
      '<tr><td>06BERN898</td><td>2006-05-06 07:08</td><td>UNCLASSIFIED</td><td>Embassy Bern</td></tr></table>' +
      body +
      '</body></html>';
    expect(readWikileaksHtml(html).metadata?.title).toBeNull();
  });

  it('returns null metadata with METADATA_INVALID when the table is missing', () => {
    const page = readWikileaksHtml(`<html><body>${body}</body></html>`);
    expect(page.metadata).toBeNull();
    expect(page.diagnostics.map((d) => d.code)).toEqual(['METADATA_INVALID']);
    expect(texts(page.lines)).toEqual(['UNCLAS STATE 000001', 'TEXT']);
  });

  it('returns null metadata with METADATA_INVALID when the table cannot be read', () => {
    const noRow = "<html><body><table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th><th>Origin</th></tr></table>";
    const badDate =
      "<html><body><table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th><th>Origin</th></tr>" +
      '<tr><td>06PARIS99</td><td>sometime in May</td><td>SECRET</td><td>Embassy Paris</td></tr></table>';
    const noOrigin = "<html><body><table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th></tr>";
    for (const html of [noRow, badDate, noOrigin]) {
      const page = readWikileaksHtml(html + body + '</body></html>');
      expect(page.metadata).toBeNull();
      expect(page.diagnostics.map((d) => d.code)).toContain('METADATA_INVALID');
      expect(page.diagnostics[0]?.line).toBe(1);
      expect(texts(page.lines)).toEqual(['UNCLAS STATE 000001', 'TEXT']);
    }
  });

  it('keeps a malformed reference id as written and reports it', () => {
    const html =
      "<html><body><table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th><th>Origin</th></tr>" +
      '<tr><td>NOT-AN-ID</td><td>2006-05-06 07:08</td><td>SECRET</td><td>Embassy Paris</td></tr></table>' +
      body;
    const page = readWikileaksHtml(html);
    expect(page.metadata?.referenceId).toBe('NOT-AN-ID');
    expect(page.diagnostics.map((d) => d.code)).toEqual(['REFERENCE_ID_INVALID']);
  });
});

describe('readWikileaksHtml: robustness', () => {
  it('never throws on truncated pages', () => {
    for (let cut = 0; cut <= PAGE_A.length; cut += 7) {
      const page = readWikileaksHtml(PAGE_A.slice(0, cut));
      for (const l of page.lines) expect(l.offset).toBeLessThanOrEqual(cut);
    }
    for (let cut = 0; cut <= PAGE_B.length; cut++) readWikileaksHtml(PAGE_B.slice(0, cut));
  });

  it('stays fast on hostile input', () => {
    const n = 200_000;
    const inputs = [
      `<code><pre>${'<a '.repeat(n)}</pre></code>`,
      `<code><pre>${"<a x='".repeat(n)}</pre></code>`,
      `<code><pre>${'&#x00'.repeat(n)}</pre></code>`,
      `<code><pre>${'&\n'.repeat(n)}</pre></code>`,
      `<table class='cable'>${'<tr><td>'.repeat(n)}`,
      `<code><pre>${"<a id='par1' href='#par1'>".repeat(n)}</pre></code>`,
      '<h3>'.repeat(n),
      '<code><pre>'.repeat(n),
      '<script>'.repeat(n),
      '<'.repeat(n) + '>'.repeat(n),
    ];
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(5000, () => {
        for (const html of inputs) expect(() => readWikileaksHtml(html)).not.toThrow();
      }),
    ).toBeLessThan(5000);
  });

  it('reads a page without any pre block as no lines', () => {
    const page = readWikileaksHtml('<html><body><p>nothing here</p></body></html>');
    expect(page.lines).toEqual([]);
    expect(page.metadata).toBeNull();
  });
});

describe('readWikileaksHtml: an archive record at the top of the text block', () => {
  const TABLE =
    "<table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th><th>Origin</th></tr>" +
    '<tr><td>07ROME123</td><td>2007-03-04 05:06</td><td>CONFIDENTIAL</td><td>Embassy Rome</td></tr></table>';
  const HEADER = '<code><pre>VZCZCXYZ0001&#x000A;RR RUEHWEB&#x000A;&#x000A;DE RUEHRO #0123 0630506&#x000A;ZNY CCCCC ZZH&#x000A;R 040506Z MAR 07&#x000A;FM AMEMBASSY ROME&#x000A;TO RUEHC/SECSTATE WASHDC 0001</pre></code>';
  const CABLE = [
    'C O N F I D E N T I A L ROME 000123 ',
    ' ',
    'E.O. 12958: DECL: 03/04/2017 ',
    'TAGS: PREL IT',
    'SUBJECT: A TEST SUBJECT ',
    ' ',
    '1. (C) The only paragraph. ',
    ' ',
    'SMITH',
  ];
  const page = (pre: string[]): string => `<html><body>${TABLE}${HEADER}<code><pre>${pre.join('&#x000A;')}</pre></code></body></html>`;
  const textOf = (html: string): string[] => readWikileaksHtml(html).lines.map((l) => l.text);

  it('leaves out a record of one field per line (blank lines between allowed)', () => {
    const html = page(['4711', '', '2007-03-04', '07ROME123', 'Embassy Rome', '', 'CONFIDENTIAL//NOFORN', '07STATE55|06ROME99', '', ...CABLE]);
    const lines = textOf(html);
    expect(lines).not.toContain('4711');
    expect(lines).not.toContain('Embassy Rome');
    expect(lines).not.toContain('07STATE55|06ROME99');
    expect(lines).toContain('C O N F I D E N T I A L ROME 000123 ');
    const c = parseCable(html);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['The only paragraph.']);
    expect(c.unparsed).toEqual([]);
  });

  it('leaves out `key: value` records with their header copy', () => {
    const html = page(['id: 4711', 'date: 3/4/2007 5:06', 'refid: 07ROME123', 'origin: Embassy Rome', 'classification: CONFIDENTIAL', 'header:', 'VZCZCXYZ0001', 'FM AMEMBASSY ROME', '', '----- header ends -----', '', ...CABLE]);
    const lines = textOf(html);
    expect(lines).not.toContain('id: 4711');
    expect(lines).not.toContain('----- header ends -----');
    expect(lines.filter((t) => t === 'VZCZCXYZ0001')).toHaveLength(1);
    const c = parseCable(html);
    expect(c.subject).toBe('A TEST SUBJECT');
    expect(c.unparsed).toEqual([]);
  });

  it('leaves out a titled record (`Class:`, `Date:`, `Key:`, `Tags:`)', () => {
    const html = page(['A TEST SUBJECT', 'Class: \tCONFIDENTIAL', 'Date: \tSun Mar 04 05:06:00 2007', 'Key: \t07ROME123', 'Tags: \tPREL, IT', '', ...CABLE]);
    const c = parseCable(html);
    expect(c.unparsed).toEqual([]);
    expect(c.header?.to.map((t) => t.address)).toEqual(['SECSTATE WASHDC']);
  });

  it('cuts a tab-separated row off the cable text on its line, with the true offset', () => {
    const html = page(['4711\t2007-03-04 05:06:00\t07ROME123\tEmbassy Rome\tCONFIDENTIAL\t07STATE55\tVZCZCXYZ0001', 'FM AMEMBASSY ROME', '', ...CABLE]);
    const lines = readWikileaksHtml(html).lines;
    const first = lines.find((l) => l.text === 'VZCZCXYZ0001' && l.offset > html.indexOf('4711'));
    expect(first).toBeDefined();
    expect(html.slice(first?.offset, first?.end)).toBe('VZCZCXYZ0001');
    const c = parseCable(html);
    expect(c.header?.to.map((t) => t.address)).toEqual(['SECSTATE WASHDC']);
    expect(c.unparsed).toEqual([]);
  });

  it('leaves out a record after a cut preamble copy; the complete copy is read', () => {
    const cut = ['C O N F I D E N T I A L ROME 000123 ', ' ', 'E.O. 12958: DECL: 03/04/2017 ', 'TAGS: PREL IT', 'SUBJECT: A TEST SUBJECT ', 'REF: A. STATE 1 ', '  ...', ''];
    const full = [...CABLE.slice(0, 5), 'REF: A. STATE 1 ', '     B. STATE 2 ', ...CABLE.slice(5)];
    const html = `<html><body>${TABLE}<code><pre>${[...cut, '4711', '', '2007-03-04', '', '07ROME123', '', 'Embassy Rome', '', 'CONFIDENTIAL', '', '07STATE1', '', ...full].join('&#x000A;')}</pre></code></body></html>`;
    const c = parseCable(html);
    expect(c.references.map((r) => r.text)).toEqual(['STATE 1', 'STATE 2']);
    expect(c.tags).toEqual(['PREL', 'IT']);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['The only paragraph.']);
    expect(c.unparsed).toEqual([]);
  });

  it('keeps text that only starts with a number (guard)', () => {
    const html = page(['2007', '', 'was a year of change.', ...CABLE]);
    expect(textOf(html)).toContain('2007');
  });

  it('covers the pieces a line-end backslash repair left blank', () => {
    const html = page(CABLE.map((l) => `${l}\\`));
    const c = parseCable(html);
    expect(c.unparsed.filter((u) => u.text === '\\')).toEqual([]);
  });

  it('leaves out the date line over a partial extract and the notice block before it', () => {
    const notice = '<code><pre>This record is a partial extract of the original cable. The full text of the original cable is not available.</pre></code>';
    const html = `<html><body>${TABLE}${notice}<code><pre>${['Friday, 04 March 2007, 05:06', ...CABLE].join('&#x000A;')}</pre></code></body></html>`;
    const lines = textOf(html);
    expect(lines.some((t) => t.includes('partial extract'))).toBe(false);
    expect(lines).not.toContain('Friday, 04 March 2007, 05:06');
    const c = parseCable(html);
    expect(c.classification.level).toBe('CONFIDENTIAL');
    expect(c.subject).toBe('A TEST SUBJECT');
    expect(c.paragraphs.map((p) => p.text)).toEqual(['The only paragraph.']);
    expect(c.unparsed).toEqual([]);
  });

  it('leaves out the notice as a line of a header block; the DTG under it is the header', () => {
    const header = '<code><pre>This record is a partial extract of the original cable. The full text of the original cable is not available.&#x000A;&#x000A;040506Z Mar 07</pre></code>';
    const html = `<html><body>${TABLE}${header}<code><pre>${CABLE.join('&#x000A;')}</pre></code></body></html>`;
    const c = parseCable(html);
    expect(c.header?.dtg?.datetime).toBe('2007-03-04T05:06:00Z');
    expect(c.diagnostics.map((d) => d.code)).not.toContain('HEADER_MISSING');
    expect(c.unparsed).toEqual([]);
  });

  it('leaves out a `Cable dated:` line and a record that starts at the reference id', () => {
    for (const top of [['Cable dated:2007-03-04T05:06:00'], ['07ROME123', '', 'Embassy Rome', '', 'CONFIDENTIAL//NOFORN', '', '07STATE55']]) {
      const html = page([...top, '', ...CABLE]);
      const c = parseCable(html);
      expect(c.unparsed).toEqual([]);
      expect(c.subject).toBe('A TEST SUBJECT');
      expect(c.paragraphs.map((p) => p.text)).toEqual(['The only paragraph.']);
    }
  });

  it('keeps a reference id line over text that is no record (guard)', () => {
    expect(textOf(page(['07ROME123', 'was cited in the meeting.', ...CABLE]))).toContain('07ROME123');
  });

  it('keeps a block that only starts like the notice, and a date inside text (guard)', () => {
    const html = page(['Friday, 04 March 2007, 05:06 was the day of the vote.', ...CABLE]);
    expect(textOf(html)).toContain('Friday, 04 March 2007, 05:06 was the day of the vote.');
    const other = `<html><body>${TABLE}<code><pre>This record is a partial extract of the original cable, <b>with</b> more.</pre></code><code><pre>${CABLE.join('&#x000A;')}</pre></code></body></html>`;
    expect(textOf(other).some((t) => t.startsWith('This record is a partial extract'))).toBe(true);
  });

  it('stays fast on many record-like lines', () => {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) lines.push(i % 3 === 0 ? '  ...' : i % 3 === 1 ? '4711' : 'id: 1');
    const html = page(lines);
    const ms = msUnder(2000, () => {
      parseCable(html);
    });
    expect(ms).toBeLessThan(2000);
  });
});

describe('readWikileaksHtml: U+2028 and U+2029 end lines', () => {
  const TABLE =
    "<table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th><th>Origin</th></tr>" +
    '<tr><td>07ROME123</td><td>2007-03-04 05:06</td><td>UNCLASSIFIED</td><td>Embassy Rome</td></tr></table>';
  // A scraped page whose original line ends became U+2028 (LINE SEPARATOR) inside its lines.
  const body = [
    'UNCLAS ROME 000123 ',
    '\u2028TAGS: PREL IT',
    'SUBJECT: A TEST SUBJECT ',
    ' ',
    '1. (U) Whoever wins the election on July 2 \u2028WILL inherit a stable economy. ',
    ' ',
    '-----------------\u2029A SECTION HEADING\u2028-----------------',
    ' ',
    '2. (U) The second paragraph. ',
    ' ',
    'SMITH',
  ];
  const html = `<html><body>\n${TABLE}\n<code><pre>${body.join('&#x000A;')}</pre></code></body></html>`;

  it('splits lines at U+2028 and U+2029, with offsets and line numbers that count them', () => {
    const lines = readWikileaksHtml(html).lines;
    expect(lines.map((l) => l.text)).toContain('TAGS: PREL IT');
    expect(lines.map((l) => l.text)).toContain('A SECTION HEADING');
    for (const l of lines) expect(html.slice(l.offset, l.end)).not.toMatch(/[\u2028\u2029]/);
    const tags = lines.find((l) => l.text === 'TAGS: PREL IT') as SourceLine;
    expect(html.slice(tags.offset, tags.end)).toBe('TAGS: PREL IT');
    // Lines of the page: 1 (<html><body>), 2 (the table), 3 (the <pre> start, the banner), then the separator.
    expect(tags.line).toBe(4);
  });

  it('reads no U+2028 into the text, and the text on both sides of it', () => {
    const c = parseCable(html);
    expect(c.tags).toEqual(['PREL', 'IT']);
    expect(c.paragraphs.some((p) => /[\u2028\u2029]/.test(p.text))).toBe(false);
    expect(c.paragraphs[0]?.text).toBe('Whoever wins the election on July 2 WILL inherit a stable economy.');
    expect(c.paragraphs[1]?.heading).toBe('A SECTION HEADING');
  });

  it('ends lines at U+2028 in plain text too, and counts them in line numbers', () => {
    const text = ['UNCLAS ROME 000123', 'TAGS: PREL IT', 'SUBJECT: A TEST SUBJECT', '', '1. (U) The first paragraph.\u2028\u20282. (U) The second paragraph.', '', 'SMITH'].join('\n');
    const c = parseCable(text);
    expect(c.paragraphs.map((p) => [p.number, p.text])).toEqual([
      ['1', 'The first paragraph.'],
      ['2', 'The second paragraph.'],
    ]);
    expect(c.signer).toBe('SMITH');
    const second = c.spans.paragraphs[1];
    expect(text.slice(second?.start, second?.end)).toBe('2. (U) The second paragraph.');
    // Lines 5 (paragraph 1), 6 (blank, between the two separators), 7 (paragraph 2), 8 (blank), 9 (SMITH).
    expect(c.diagnostics.find((d) => d.code === 'SIGNER_MISSING')).toBeUndefined();
    expect(splitLines(text).map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('readWikileaksHtml: a cables.csv row pasted into the text block', () => {
  const TABLE =
    "<table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th><th>Origin</th></tr>" +
    '<tr><td>07ROME123</td><td>2007-03-04 05:06</td><td>CONFIDENTIAL</td><td>Embassy Rome</td></tr></table>';
  const HEADER = '<code><pre>VZCZCXYZ0001&#x000A;RR RUEHWEB&#x000A;&#x000A;DE RUEHRO #0123 0630506&#x000A;ZNY CCCCC ZZH&#x000A;R 040506Z MAR 07&#x000A;FM AMEMBASSY ROME&#x000A;TO RUEHC/SECSTATE WASHDC 0001</pre></code>';
  const NOTICE = 'This record is a partial extract of the original cable. The full text of the original cable is not available.';
  const BANNER = 'C O N F I D E N T I A L ROME 000123 ';
  const FIELDS = ['', 'E.O. 12958: DECL: 03/04/2017 ', 'TAGS: PREL IT', 'SUBJECT: A TEST SUBJECT ', ' ', 'REF: STATE 55 ', ' ', '1. (C) The only paragraph. ', ' ', 'SMITH'];
  const page = (pre: string[], header = HEADER): string => `<html><body>${TABLE}${header}<code><pre>${pre.join('&#x000A;')}</pre></code></body></html>`;

  it('cuts a row at the top of a block where its content field starts, with the true offset', () => {
    const html = page([`4711,3/4/2007 5:06,07ROME123,"Embassy Rome",CONFIDENTIAL,07STATE55,"${NOTICE}`, '', ` ","${BANNER}`, ...FIELDS]);
    const lines = readWikileaksHtml(html).lines;
    expect(lines.some((l) => l.text.includes('4711'))).toBe(false);
    const banner = lines.find((l) => l.text === BANNER);
    expect(html.slice(banner?.offset, banner?.end)).toBe(BANNER);
    const c = parseCable(html);
    expect(c.classification.level).toBe('CONFIDENTIAL');
    expect(c.references.map((r) => r.text)).toEqual(['STATE 55']);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['The only paragraph.']);
    expect(c.unparsed).toEqual([]);
  });

  it('leaves out a header copy in the row (unquoted origin, no references), read from the header block', () => {
    const html = page(['4711,3/4/2007 5:06,07ROME123,Embassy Rome,CONFIDENTIAL,,"VZCZCXYZ0001', 'FM AMEMBASSY ROME', `TO RUEHC/SECSTATE WASHDC 0001","${BANNER}`, ...FIELDS]);
    const lines = readWikileaksHtml(html).lines.map((l) => l.text);
    expect(lines.filter((t) => t.includes('VZCZCXYZ0001'))).toEqual(['VZCZCXYZ0001']);
    expect(lines).toContain(BANNER);
    const c = parseCable(html);
    expect(c.header?.from).toBe('AMEMBASSY ROME');
    expect(c.subject).toBe('A TEST SUBJECT');
    expect(c.unparsed).toEqual([]);
  });

  it('leaves out a row after a cut copy and the `",` closing its field; the complete copy is read', () => {
    const cut = [BANNER, '', 'E.O. 12958: DECL: 03/04/2017 ', 'TAGS: PREL IT', 'SUBJECT: A TEST SUB...', '', 'SMITH ', '",'];
    const row = ['4711,3/4/2007 5:06,07ROME123,"Embassy Rome",CONFIDENTIAL//FOR', `NOFORN,07STATE55,"${NOTICE}`, '', `","${BANNER}`];
    const html = page([...cut, ...row, ...FIELDS], '');
    const lines = readWikileaksHtml(html).lines.map((l) => l.text);
    expect(lines.some((t) => t.includes('4711') || t.includes('NOFORN,') || t === '",')).toBe(false);
    // The cut copy's signer line stays (it signs when the complete copy has no name); here both copies end with it.
    expect(lines.filter((t) => t.startsWith('SMITH')).map((t) => t.trim())).toEqual(['SMITH', 'SMITH']);
    const c = parseCable(html);
    expect(c.subject).toBe('A TEST SUBJECT');
    expect(c.references.map((r) => r.text)).toEqual(['STATE 55']);
    expect(c.paragraphs.map((p) => p.text)).toEqual(['The only paragraph.']);
    expect(c.signer).toBe('SMITH');
    expect(c.unparsed).toEqual([]);
  });

  it('keeps a routing header in the row when the page has no header block', () => {
    const html = page(['4711,3/4/2007 5:06,07ROME123,"Embassy Rome",CONFIDENTIAL,,"VZCZCXYZ0001', 'FM AMEMBASSY ROME', 'TO RUEHC/SECSTATE WASHDC 0001', '', BANNER, ...FIELDS], '');
    const lines = readWikileaksHtml(html).lines;
    const first = lines[0];
    expect(first?.text).toBe('VZCZCXYZ0001');
    expect(html.slice(first?.offset, first?.end)).toBe('VZCZCXYZ0001');
  });

  it('keeps text that only looks like a row: numbers with commas, a row not after a cut (guard)', () => {
    const numbers = page(['1,200,000 people attended on 3/4/2007.', BANNER, ...FIELDS]);
    expect(readWikileaksHtml(numbers).lines.map((l) => l.text)).toContain('1,200,000 people attended on 3/4/2007.');
    const uncut = page([BANNER, 'A full sentence ends here.', `4711,3/4/2007 5:06,07ROME123,"Embassy Rome",CONFIDENTIAL,,"${NOTICE}`, `","${BANNER}`, ...FIELDS]);
    expect(readWikileaksHtml(uncut).lines.some((l) => l.text.startsWith('4711,'))).toBe(true);
  });

  it('leaves out a tab-separated record after the end mark and the text printed after it', () => {
    const html = page([BANNER, ...FIELDS.slice(0, -1), 'SMITH NNNN\t2007-03-04\tA TEST SUBJECT\t', '', 'The summary printed again.']);
    const lines = readWikileaksHtml(html).lines;
    const last = lines[lines.length - 1];
    expect(last?.text).toBe('SMITH NNNN');
    expect(html.slice(last?.offset, last?.end)).toBe('SMITH NNNN');
    const c = parseCable(html);
    expect(c.paragraphs.map((p) => p.text).join(' ')).not.toContain('printed again');
    expect(c.unparsed).toEqual([]);
    // Guard: a tab inside the text, no end mark.
    const kept = page([BANNER, ...FIELDS.slice(0, -1), 'SMITH', '', 'Note\t2007-03-04\tkept\t']);
    expect(readWikileaksHtml(kept).lines.map((l) => l.text)).toContain('Note\t2007-03-04\tkept\t');
  });

  it('stays fast on many row-like lines and a header field that never closes', () => {
    const lines: string[] = ['SUBJECT: X...'];
    for (let i = 0; i < 4000; i++) lines.push(`${i},3/4/2007 5:06,07ROME123,"Embassy Rome",${'SECRET '.repeat(5)},"VZCZC ${'",'.repeat(10)}`);
    const html = page(lines);
    const ms = msUnder(1500, () => {
      parseCable(html);
      readWikileaksHtml(page([`1,3/4/2007 5:06,07ROME1,"E",${'A/'.repeat(100_000)}`]));
    });
    expect(ms).toBeLessThan(1500);
  });
});

describe('pages as users saved them: tags in capitals, unquoted or listed classes, Windows-1252 numbers, a cut download (era red team 81)', () => {
  const CABLE = ['UNCLAS ANKARA 000812', '', 'E.O. 12958: N/A', 'TAGS: PREL, TU', 'SUBJECT: TEST', '', '1. (U) The minister met the delegation.', '', 'JEFFREY'];
  /** A page with `tableTag` opening the metadata table, `pre` wrapping the cable lines (joined by `sep`), and `after` at its end. */
  const page = (tableTag: string, pre: [string, string], body: string[] = CABLE, after = '</BODY></HTML>'): string =>
    [
      '<HTML><HEAD><TITLE>Cable</TITLE></HEAD><BODY>',
      tableTag,
      '<TR><TH>Reference ID</TH><TH>Created</TH><TH>Released</TH><TH>Classification</TH><TH>Origin</TH></TR>',
      "<TR><TD><A href='/cable/2009/02/09ANKARA812.html'>09ANKARA812</A></TD><TD>2009-02-03 11:15</TD><TD>2011-08-30 01:44</TD><TD>UNCLASSIFIED</TD><TD>Embassy Ankara</TD></TR></TABLE>",
      `${pre[0]}${body.join('&#x000A;')}${pre[1]}`,
      after,
    ].join('\n');

  it('reads a table tag in capitals, its class unquoted, and <CODE><PRE> blocks in capitals', () => {
    for (const tableTag of ['<TABLE class=cable>', '<TABLE CLASS="cable">', '<table class="cable table table-condensed">']) {
      const html = page(tableTag, ['<CODE><PRE>', '</PRE></CODE>']);
      expect(isWikileaksHtml(html), tableTag).toBe(true);
      const c = parseCable(html);
      expect(c.metadata?.referenceId, tableTag).toBe('09ANKARA812');
      expect(c.tags, tableTag).toEqual(['PREL', 'TU']);
      expect(c.paragraphs.map((p) => p.number), tableTag).toEqual(['1']);
      expect(c.signer, tableTag).toBe('JEFFREY');
    }
  });

  it('is no page for a table of another class (guard)', () => {
    expect(isWikileaksHtml(page('<table class="cables-list">', ['<div>', '</div>']))).toBe(false);
  });

  it('reads a numeric reference in 128-159 as Windows-1252 (`&#150;` is an en dash)', () => {
    const c = parseCable(page('<table class="cable">', ['<code><pre>', '</pre></code>'], [...CABLE.slice(0, 6), '1. (U) The budget &#150; PEN 2 billion &#128; 5.', '', 'JEFFREY']));
    expect(c.paragraphs[0]?.text).toBe('The budget \u2013 PEN 2 billion \u20ac 5.');
  });

  it('drops a paragraph sign after a mirror\'s named anchor, and a tag the download cut off', () => {
    const body = [...CABLE.slice(0, 6), '<a name="par1"></a>&#182;1. (U) The minister met the delegation.', '', 'JEFFREY', '', '<a name="pa'];
    const c = parseCable(page('<table class="cable">', ['<code><pre>', ''], body, ''));
    expect(c.paragraphs.map((p) => [p.number, p.text])).toEqual([['1', 'The minister met the delegation.']]);
    expect(c.body).not.toContain('\u00b6');
    expect(c.body).not.toContain('<a name');
    expect(c.signer).toBe('JEFFREY');
  });

  it('drops the start of an entity the download cut off (era red team 380, session 28)', () => {
    for (const [cut, want] of [
      ['which both &#x00', 'which both'],
      ['which both &#82', 'which both'],
      ['which both &quo', 'which both'],
      // A lone `&` or `&T` may be text cut there (`R&D`, `AT&T`): kept.
      ['talks with AT&T', 'talks with AT&T'],
      ['talks on R&', 'talks on R&'],
    ]) {
      const body = [...CABLE.slice(0, 6), `1. (U) The question of the amnesty, ${cut as string}`];
      const c = parseCable(page('<table class="cable">', ['<code><pre>', ''], body, ''));
      expect(c.paragraphs.at(-1)?.text).toBe(`The question of the amnesty, ${want as string}`);
    }
  });
});

describe('readWikileaksHtml: where the cable blocks stand (era red team 391, era leftover 2091, session 28)', () => {
  const TABLE =
    "<table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Released</th><th>Classification</th><th>Origin</th></tr>" +
    "<tr><td>09BAMAKO412</td><td>2009-06-02 11:15</td><td>2011-08-30 01:44</td><td>UNCLASSIFIED</td><td>Embassy Bamako</td></tr></table>";
  const HEADER = ['VZCZCXYZ0412', 'RR RUEHWEB', 'DE RUEHBP #0412 1531115', 'ZNR UUUUU ZZH', 'R 021115Z JUN 09', 'FM AMEMBASSY BAMAKO', 'TO RUEHC/SECSTATE WASHDC 0412'].join('&#x000A;');
  const BODY_1 = ['UNCLAS BAMAKO 000412', '', 'E.O. 12958: N/A', 'TAGS: EAGR, ML', 'SUBJECT: RICE HARVEST FALLS SHORT', '', '1. (U) The harvest fell short.', '', '2. (U) Prices rose'].join('&#x000A;');
  const BODY_2 = ['BAMAKO 00000412  002 OF 002', '', 'in May.', '', '3. (U) The ministry will import rice.', '', 'MILOVANOVIC'].join('&#x000A;');
  const pre = (text: string): string => `<code><pre>${text}</pre></code>`;

  it('reads the blocks before a table that follows the cable text', () => {
    const c = parseCable(`<html><body><div id='cable'>${pre(HEADER)}\n${pre(`${BODY_1} in May.&#x000A;&#x000A;MILOVANOVIC`)}</div>\n${TABLE}</body></html>`);
    expect(c.metadata?.referenceId).toBe('09BAMAKO412');
    expect(c.header?.from).toBe('AMEMBASSY BAMAKO');
    expect([c.subject, c.signer]).toEqual(['RICE HARVEST FALLS SHORT', 'MILOVANOVIC']);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('reads a body split over two blocks after the header block', () => {
    const c = parseCable(`<html><body>${TABLE}\n${pre(HEADER)}\n${pre(BODY_1)}\n${pre(BODY_2)}</body></html>`);
    expect(c.paragraphs.map((p) => [p.number, p.text])).toEqual([
      ['1', 'The harvest fell short.'],
      ['2', 'Prices rose in May.'],
      ['3', 'The ministry will import rice.'],
    ]);
    expect(c.signer).toBe('MILOVANOVIC');
    expect(c.header?.from).toBe('AMEMBASSY BAMAKO');
  });

  it('reads the header block before a table that stands between it and the body block (era red team 411, session 29)', () => {
    const c = parseCable(`<html><body>${pre(HEADER)}\n${TABLE}\n${pre(`${BODY_1} in May.&#x000A;&#x000A;MILOVANOVIC`)}</body></html>`);
    expect(c.metadata?.referenceId).toBe('09BAMAKO412');
    expect([c.header?.from, c.header?.dtg?.text]).toEqual(['AMEMBASSY BAMAKO', '021115Z JUN 09']);
    expect([c.subject, c.signer]).toEqual(['RICE HARVEST FALLS SHORT', 'MILOVANOVIC']);
    expect(c.diagnostics.map((d) => d.code)).not.toContain('HEADER_MISSING');
  });

  it('guard: a block before the table that opens with no routing header is not read then', () => {
    const c = parseCable(`<html><body>${pre('Viewing cables of June 2009')}\n${TABLE}\n${pre(`${BODY_1} in May.&#x000A;&#x000A;MILOVANOVIC`)}</body></html>`);
    expect(c.body).not.toContain('Viewing cables');
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('guard: a block further down the page, after visible text (a reader quoting a paragraph), is no text of the cable', () => {
    const c = parseCable(`<html><body>${TABLE}\n${pre(HEADER)}\n${pre(`${BODY_1} in May.&#x000A;&#x000A;MILOVANOVIC`)}\n<p>A reader wrote:</p><pre><code>2. (U) PRICES ROSE.\nSMITH</code></pre></body></html>`);
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.signer).toBe('MILOVANOVIC');
  });
});

// cablekit playground: parse pasted or dropped cable text in the browser and show the
// parsed `Cable` beside its source. The input is untrusted: it only ever reaches the page
// as text (textContent, text nodes, option labels, attribute values), never as markup.

import { detectFormat, lineColumn, parseCables } from './cablekit.js';

const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const input = /** @type {HTMLTextAreaElement} */ (byId('input'));
const parseButton = byId('parse');
const clearButton = byId('clear');
const fileInput = /** @type {HTMLInputElement} */ (byId('file'));
const statusEl = byId('status');
const picker = byId('cable-picker');
const select = /** @type {HTMLSelectElement} */ (byId('cable-select'));
const sourceScroll = byId('source-scroll');
const gutter = byId('gutter');
const source = byId('source');
const sourceTitle = byId('source-title');
const outline = byId('outline');
const outlineScroll = byId('outline-scroll');
const outlineEmpty = byId('outline-empty');

/** Line numbers are drawn for inputs up to this many lines. */
const MAX_GUTTER_LINES = 500_000;

const state = {
  /** The text that was parsed; every span and diagnostic offset points into it. */
  text: '',
  /** Exact text of an opened or dropped file (a textarea normalizes line breaks to \n). */
  fileText: /** @type {string | null} */ (null),
  fileName: /** @type {string | null} */ (null),
  format: /** @type {string | null} */ (null),
  /** `cables.csv` positions point into each row's cable text, not into the file. */
  positionsInInput: true,
  cables: /** @type {any[]} */ ([]),
  current: 0,
  /** Selectable outline entries of the current cable: `{ li, button, span, kind, label, severity }`. */
  entries: /** @type {any[]} */ ([]),
  selected: /** @type {any} */ (null),
  statusText: '',
};

// ---------------------------------------------------------------------------
// DOM helpers (text only)

/**
 * Creates an element. `attrs` values are set with setAttribute (or as properties for
 * `className`); children are nodes or strings (added as text nodes); null/false are skipped.
 */
function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'className') node.className = String(value);
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

const badge = (text, kind = '') => h('span', { className: `badge ${kind}`.trim() }, text);
const chip = (text, kind = '') => h('span', { className: `chip ${kind}`.trim() }, text);
const none = (text = 'none') => h('span', { className: 'none' }, text);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

// ---------------------------------------------------------------------------
// Parsing

function currentText() {
  return state.fileText ?? input.value;
}

function parseInput() {
  const text = currentText();
  state.text = text;
  state.selected = null;
  if (text.trim() === '') {
    state.cables = [];
    state.format = null;
    picker.hidden = true;
    renderSource(null);
    clearOutline('Parse a cable to see its fields here.');
    setStatus('No input yet.');
    return;
  }
  const started = performance.now();
  let cables;
  try {
    state.format = detectFormat(text);
    cables = parseCables(text);
  } catch (error) {
    state.cables = [];
    picker.hidden = true;
    renderSource(null);
    clearOutline('The parser failed on this input.');
    setStatus(`Parse failed: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const elapsed = performance.now() - started;
  input.scrollTop = 0;
  state.cables = cables;
  state.positionsInInput = state.format !== 'csv';

  const parts = [
    state.fileName ? `${state.fileName}:` : null,
    `format ${state.format}`,
    plural(cables.length, 'cable'),
    `${text.length.toLocaleString('en-US')} characters`,
    `parsed in ${elapsed < 10 ? elapsed.toFixed(1) : Math.round(elapsed)} ms`,
  ].filter(Boolean);
  state.statusText = parts.join(' · ');

  select.replaceChildren();
  cables.forEach((cable, i) => {
    const title = cable.subject ?? cable.metadata?.title ?? '(no subject)';
    const label = `${i + 1}. ${cable.referenceId ?? '(no reference id)'} · ${title}`;
    select.append(new Option(label.length > 110 ? `${label.slice(0, 107)}…` : label, String(i)));
  });
  picker.hidden = cables.length < 2;

  if (cables.length === 0) {
    renderSource(null);
    clearOutline('No cable found in this input.');
    setStatus(state.statusText);
    return;
  }
  const wanted = refFromHash();
  const index = wanted ? cables.findIndex((c) => matchesRef(c, wanted)) : -1;
  showCable(index >= 0 ? index : 0);
  setStatus(state.statusText, state.positionsInInput ? null : 'CSV rows: positions point into each row, so the source is not highlighted');
}

function setStatus(text, note = null) {
  statusEl.replaceChildren(text);
  if (note) statusEl.append(h('span', { className: 'note' }, note));
}

// ---------------------------------------------------------------------------
// Source view

/** The range of the input covered by a cable's spans. */
function cableRange(cable) {
  let start = Infinity;
  let end = -Infinity;
  const visit = (value) => {
    if (!value) return;
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value.start === 'number' && typeof value.end === 'number') {
      start = Math.min(start, value.start);
      end = Math.max(end, value.end);
    }
  };
  Object.values(cable.spans ?? {}).forEach(visit);
  for (const u of cable.unparsed ?? []) visit(u.span);
  return start <= end ? { start, end } : null;
}

/**
 * Renders the parsed text into the `<pre>`: text outside the current cable dimmed (when the
 * input holds several), and `mark` (a span) wrapped in one `<mark>`.
 */
function renderSource(mark, markClass = 'field') {
  const text = state.text;
  // CSS renders a lone CR as a space; show it as the line break it is (same length, so
  // offsets stay valid).
  const shown = text.replace(/\r(?!\n)/g, '\n');
  const range = state.cables.length > 1 && state.positionsInInput ? cableRange(state.cables[state.current]) : null;
  const markSpan = mark && state.positionsInInput ? clampSpan(mark, text.length) : null;

  const segments = (from, to) => {
    const out = [];
    const cuts = [from, to];
    if (range) cuts.push(range.start, range.end);
    const points = [...new Set(cuts.filter((p) => p >= from && p <= to))].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      if (a === b) continue;
      const outside = range && (b <= range.start || a >= range.end);
      out.push(outside ? h('span', { className: 'outside' }, shown.slice(a, b)) : shown.slice(a, b));
    }
    return out;
  };

  source.replaceChildren();
  if (markSpan) {
    const marked = shown.slice(markSpan.start, markSpan.end);
    // An empty span shows as a caret, a lone line break as a return sign (CSS, not text).
    const shape = marked === '' ? ' point' : /^\r?\n$/.test(marked) ? ' eol' : '';
    const markEl = h('mark', { className: markClass + shape }, marked);
    append(source, [segments(0, markSpan.start), markEl, segments(markSpan.end, text.length)]);
  } else {
    append(source, segments(0, text.length));
  }

  const lines = (shown.match(/\n/g)?.length ?? 0) + 1;
  if (text === '' || lines > MAX_GUTTER_LINES) {
    gutter.textContent = '';
  } else if (gutter.dataset.lines !== String(lines)) {
    gutter.textContent = Array.from({ length: lines }, (_, i) => String(i + 1)).join('\n');
  }
  gutter.dataset.lines = String(lines);
  gutter.hidden = gutter.textContent === '';
}

function clampSpan(span, length) {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}

/** Scrolls the source so that the `<mark>` (or `offset`) is visible, a third from the top. */
function revealMark() {
  const mark = source.querySelector('mark');
  if (!mark) return;
  const top = mark.offsetTop;
  const visibleTop = sourceScroll.scrollTop;
  const visibleBottom = visibleTop + sourceScroll.clientHeight;
  if (top < visibleTop + 8 || top + Math.min(mark.offsetHeight, sourceScroll.clientHeight / 2) > visibleBottom - 8) {
    sourceScroll.scrollTop = Math.max(0, top - sourceScroll.clientHeight / 3);
  }
  const gutterWidth = gutter.hidden ? 0 : gutter.offsetWidth;
  const left = mark.offsetLeft;
  if (left < sourceScroll.scrollLeft + gutterWidth || left > sourceScroll.scrollLeft + sourceScroll.clientWidth - 40) {
    sourceScroll.scrollLeft = Math.max(0, left - gutterWidth - 24);
  }
}

function scrollSourceTo(offset) {
  renderSource(null);
  const probe = document.createElement('span');
  // Measure where `offset` is with a temporary empty marker.
  const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (seen + length >= offset) {
      const rest = /** @type {Text} */ (node).splitText(offset - seen);
      rest.before(probe);
      break;
    }
    seen += length;
  }
  sourceScroll.scrollTop = Math.max(0, probe.offsetTop - 16);
  sourceScroll.scrollLeft = 0;
  probe.remove();
  source.normalize();
}

/** The offset into the input of a DOM position inside the `<pre>`. */
function offsetOf(node, offsetInNode) {
  const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return seen + offsetInNode;
    seen += n.nodeValue?.length ?? 0;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Outline

function clearOutline(message) {
  outline.replaceChildren();
  state.entries = [];
  outlineEmpty.textContent = message;
  outlineEmpty.hidden = false;
  sourceTitle.replaceChildren('Source');
}

function showCable(index) {
  state.current = index;
  state.selected = null;
  select.value = String(index);
  const cable = state.cables[index];
  buildOutline(cable);
  outlineScroll.scrollTop = 0;
  sourceTitle.replaceChildren('Source');
  if (state.cables.length > 1 && state.positionsInInput) {
    const range = cableRange(cable);
    scrollSourceTo(range ? range.start : 0);
  } else {
    renderSource(null);
    sourceScroll.scrollTop = 0;
  }
}

/** A titled group of outline items; returns its list. */
function group(key, title, count = null) {
  const id = `group-${key}`;
  const list = h('ul', { className: 'items' });
  const section = h(
    'section',
    { className: 'group', 'data-group': key, 'aria-labelledby': id },
    h('h3', { id, className: 'group-title' }, title, count === null ? null : h('span', { className: 'count' }, String(count))),
    list,
  );
  outline.append(section);
  return list;
}

/** A sub-heading inside a group's list (TO / INFO). */
function subhead(list, title, count) {
  list.append(h('li', { className: 'subhead', role: 'presentation' }, title, h('span', { className: 'count' }, String(count))));
}

/**
 * One outline row: a key, a value, and the span it came from. With a span the row is a
 * button that highlights the span in the source.
 */
function item(list, field, key, value, span, options = {}) {
  const li = h('li', { className: `item ${options.className ?? ''}`.trim(), 'data-field': field });
  if (options.index !== undefined) li.dataset.index = String(options.index);
  // Strings become spans so that CSS can space the parts of a value.
  const parts = [value ?? none()].flat(Infinity).filter((part) => part !== '').map((part) => (typeof part === 'string' ? h('span', null, part) : part));
  const content = [h('span', { className: 'key' }, key), h('span', { className: 'value' }, parts)];
  if (span) {
    const button = h('button', { type: 'button', className: 'pick' }, content);
    const entry = { li, button, span, kind: options.kind ?? 'field', severity: options.severity ?? null, label: options.label ?? key };
    button.addEventListener('click', () => selectEntry(entry));
    state.entries.push(entry);
    li.append(button);
  } else {
    li.append(h('div', { className: 'pick static' }, content));
  }
  if (options.after) li.append(options.after);
  list.append(li);
  return li;
}

function buildOutline(cable) {
  outline.replaceChildren();
  state.entries = [];
  outlineEmpty.hidden = true;
  const spans = cable.spans;

  // Diagnostics
  const diagnostics = cable.diagnostics ?? [];
  const diagList = group('diagnostics', 'Diagnostics', diagnostics.length);
  if (diagnostics.length === 0) {
    diagList.append(h('li', { className: 'item empty-row' }, 'No diagnostics.'));
  }
  diagnostics.forEach((d, i) => {
    const span = { start: d.offset, end: lineEndAt(d.offset) };
    const li = item(
      diagList,
      'diagnostic',
      badge(d.severity, `severity ${d.severity}`),
      [h('code', { className: 'code' }, d.code), d.message, h('span', { className: 'where' }, `line ${d.line}:${d.column}`)],
      span,
      { kind: 'diagnostic', severity: d.severity, label: d.code, index: i },
    );
    li.dataset.code = d.code;
  });

  // Archive metadata
  const md = cable.metadata;
  const mdList = group('metadata', 'Metadata');
  item(mdList, 'referenceId', 'Reference ID', cable.referenceId ? h('strong', null, cable.referenceId) : null, spans.metadata ?? spans.classification);
  if (md) {
    item(mdList, 'created', 'Created', md.created, spans.metadata);
    item(mdList, 'released', 'Released', md.released, spans.metadata);
    item(mdList, 'archiveClassification', 'Classification', md.classification, spans.metadata);
    item(mdList, 'origin', 'Origin', md.origin, spans.metadata);
    if (md.title) item(mdList, 'title', 'Title', md.title, spans.metadata);
    md.mediaUrls?.forEach((url, i) => item(mdList, 'mediaUrl', i === 0 ? 'Articles' : '', h('span', { className: 'url' }, url), spans.metadata, { index: i }));
  } else {
    mdList.append(h('li', { className: 'item empty-row' }, 'No archive metadata row.'));
  }

  // Routing header
  const hd = cable.header;
  const hdList = group('header', 'Routing header');
  if (!hd) {
    hdList.append(h('li', { className: 'item empty-row' }, 'No routing header.'));
  } else {
    item(hdList, 'transmissionId', 'Transmission', hd.transmissionId ? h('code', null, hd.transmissionId) : null, spans.transmissionId);
    if (hd.relay) {
      item(hdList, 'relay', 'Relay', [hd.relay.precedence.join(' '), hd.relay.routingIndicators.map((r) => chip(r, 'ri'))], spans.relay);
    }
    if (hd.originator) {
      const o = hd.originator;
      item(
        hdList,
        'originator',
        'Originator',
        [chip(o.station, 'ri'), ` #${o.serial}${o.section === null ? '' : `/${String(o.section).padStart(2, '0')}`}`, h('span', { className: 'meta' }, `day ${o.julianDay}, ${o.time.slice(0, 2)}:${o.time.slice(2)}Z`)],
        spans.originator,
      );
    }
    if (hd.security) item(hdList, 'security', 'Security', h('code', null, hd.security), spans.security);
    if (hd.dtg) {
      const d = hd.dtg;
      item(
        hdList,
        'dtg',
        'DTG',
        [h('code', null, d.text), d.precedence ? chip(d.precedence, 'precedence') : null, d.datetime ? h('span', { className: 'meta' }, d.datetime) : null, d.suffix ? h('span', { className: 'meta' }, d.suffix) : null],
        spans.dtg,
      );
    }
    item(hdList, 'from', 'FROM', hd.from ? h('strong', null, hd.from) : null, spans.from);
    subhead(hdList, 'TO', hd.to.length);
    hd.to.forEach((r, i) => recipientItem(hdList, 'to', 'TO', r, spans.to[i], i));
    subhead(hdList, 'INFO', hd.info.length);
    hd.info.forEach((r, i) => recipientItem(hdList, 'info', 'INFO', r, spans.info[i], i));
  }

  // Preamble
  const prList = group('preamble', 'Preamble');
  const cl = cable.classification;
  item(
    prList,
    'classification',
    'Classification',
    cl.level || cl.text
      ? [h('strong', null, cl.level ?? cl.text), cl.caveats.map((c) => badge(c, 'caveat')), cl.text && cl.text !== cl.level ? h('span', { className: 'meta' }, `as written: ${cl.text}`) : null]
      : null,
    spans.classification,
  );
  if (cable.section || cable.post || cable.serial) {
    item(
      prList,
      'section',
      'Section',
      [cable.section ? `${cable.section.number} of ${cable.section.total}` : '', cable.post || cable.serial ? h('span', { className: 'meta' }, [cable.post, cable.serial].filter(Boolean).join(' ')) : null],
      spans.classification,
    );
  }
  const sipdisSpan = spans.handling.find((s) => state.text.slice(s.start, s.end).toUpperCase().includes('SIPDIS')) ?? null;
  item(prList, 'sipdis', 'SIPDIS', cable.sipdis ? 'yes' : 'no', cable.sipdis ? sipdisSpan : null);
  cable.distribution.forEach((d, i) => item(prList, 'distribution', i === 0 ? 'Distribution' : '', d, spans.distribution[i], { index: i }));
  const eo = cable.executiveOrder;
  item(prList, 'executiveOrder', 'E.O.', eo ? [eo.text, eo.declassify ? h('span', { className: 'meta' }, `declassify: ${describeDeclassify(eo.declassify)}`) : null] : null, spans.executiveOrder);
  item(prList, 'tags', 'TAGS', cable.tags.length ? cable.tags.map((t) => chip(t, 'tag')) : null, spans.tags);
  item(prList, 'subject', 'SUBJECT', cable.subject ? h('strong', { className: 'subject' }, cable.subject) : null, spans.subject);
  if (cable.references.length === 0) {
    item(prList, 'reference', 'REF', null, null);
  }
  cable.references.forEach((ref, i) => {
    const link = ref.referenceId ? h('a', { className: 'ref-link', href: `#ref=${encodeURIComponent(ref.referenceId)}`, title: `Go to ${ref.referenceId} if it is in this input` }, ref.referenceId) : null;
    link?.addEventListener('click', () => {
      if (location.hash === link.getAttribute('href')) goToRef(ref.referenceId);
    });
    item(
      prList,
      'reference',
      ref.label ? `REF ${ref.label}` : 'REF',
      [ref.text, ref.kind !== 'cable' ? chip(ref.kind) : null],
      spans.references[i],
      { index: i, after: link, className: 'with-link', label: `REF ${ref.label ?? i + 1}` },
    );
  });
  const cb = cable.classifiedBy;
  if (cb) {
    item(
      prList,
      'classifiedBy',
      'Classified by',
      [[cb.name, cb.title].filter(Boolean).join(', ') || cb.text, cb.reasons.length ? h('span', { className: 'meta' }, `reasons ${cb.reasons.join(', ')}`) : null],
      spans.classifiedBy,
    );
  }

  // Paragraphs
  const paList = group('paragraphs', 'Paragraphs', cable.paragraphs.length);
  if (cable.paragraphs.length === 0) paList.append(h('li', { className: 'item empty-row' }, 'No paragraphs.'));
  cable.paragraphs.forEach((p, i) => {
    const number = p.outline.length ? p.outline.join('.') : '¶';
    item(
      paList,
      'paragraph',
      h('span', { className: 'para-number' }, number),
      [
        p.marking || p.heading ? h('span', { className: 'para-head' }, p.marking ? badge(p.marking, 'marking') : null, p.heading ? h('strong', null, p.heading) : null) : null,
        h('span', { className: 'para-text' }, p.text),
      ],
      spans.paragraphs[i],
      { index: i, className: 'paragraph', label: p.number ? `paragraph ${p.number}` : 'paragraph' },
    );
  });

  // Summary, comments, notes, signer
  const boList = group('closing', 'Summary and signer');
  item(boList, 'summary', 'Summary', cable.summary ? h('span', { className: 'para-text' }, cable.summary) : null, spans.summary, { className: 'paragraph' });
  cable.comments.forEach((c, i) => item(boList, 'comment', i === 0 ? 'Comment' : '', h('span', { className: 'para-text' }, c), null, { index: i, className: 'paragraph' }));
  cable.notes.forEach((n, i) => item(boList, 'note', i === 0 ? 'Note' : '', h('span', { className: 'para-text' }, n), null, { index: i, className: 'paragraph' }));
  item(boList, 'signer', 'Signer', cable.signer ? h('strong', null, cable.signer) : null, spans.signer);

  // Page markers
  const pgList = group('pages', 'Page markers', cable.pages.length);
  if (cable.pages.length === 0) pgList.append(h('li', { className: 'item empty-row' }, 'No page markers.'));
  cable.pages.forEach((p, i) => item(pgList, 'page', `Page ${p.page}`, [`${p.page} of ${p.total}`, h('span', { className: 'meta' }, `${p.post} ${p.serial}`)], spans.pages[i], { index: i }));

  // Unparsed text
  if (cable.unparsed?.length) {
    const unList = group('unparsed', 'Unparsed text', cable.unparsed.length);
    cable.unparsed.forEach((u, i) => item(unList, 'unparsed', `#${i + 1}`, h('span', { className: 'para-text' }, u.text), u.span, { index: i, className: 'paragraph' }));
  }
}

function recipientItem(list, field, key, r, span, index) {
  item(
    list,
    field,
    h('span', { className: 'ordinal' }, String(index + 1)),
    [
      r.routingIndicator ? chip(r.routingIndicator, 'ri') : null,
      h('span', { className: 'address' }, r.address),
      r.precedence ? chip(r.precedence, 'precedence') : null,
      r.mcn ? h('span', { className: 'meta' }, `MCN ${r.mcn}`) : null,
      r.excluded.length ? h('span', { className: 'meta' }, `excluding ${r.excluded.join(', ')}`) : null,
    ],
    span ?? null,
    { index, className: 'recipient', label: `${key} ${r.address}` },
  );
}

function describeDeclassify(d) {
  switch (d.kind) {
    case 'n/a':
      return 'N/A';
    case 'oadr':
      return 'OADR';
    case 'date':
      return d.date;
    case 'exemption':
      return `exemption ${d.code}`;
    case 'nara':
      return d.date ? `NARA ${d.date}` : 'NARA';
    default:
      return d.text ?? d.kind;
  }
}

/** End of the line holding `offset` (at least one character, unless at end of input). */
function lineEndAt(offset) {
  const text = state.text;
  let end = Math.max(0, Math.min(offset, text.length));
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end === offset && offset < text.length ? offset + 1 : end;
}

// ---------------------------------------------------------------------------
// Selection

function selectEntry(entry, { fromSource = false } = {}) {
  if (state.selected) {
    state.selected.li.classList.remove('selected');
    state.selected.button.removeAttribute('aria-current');
  }
  state.selected = entry;
  entry.li.classList.add('selected');
  entry.button.setAttribute('aria-current', 'true');
  const markClass = entry.kind === 'diagnostic' ? `diagnostic ${entry.severity}` : 'field';
  renderSource(entry.span, markClass);
  revealMark();
  if (fromSource) entry.li.scrollIntoView({ block: 'nearest' });

  const label = typeof entry.label === 'string' ? entry.label : '';
  if (state.positionsInInput) {
    const { line, column } = lineColumn(state.text, entry.span.start);
    sourceTitle.replaceChildren('Source', h('span', { className: 'selection-info' }, `${label} · line ${line}:${column} · offset ${entry.span.start}–${entry.span.end}`));
  } else {
    sourceTitle.replaceChildren('Source', h('span', { className: 'selection-info' }, `${label} · offset ${entry.span.start}–${entry.span.end} in its CSV row`));
  }
}

/** Clicking the source selects the smallest field whose span holds the clicked character. */
source.addEventListener('click', () => {
  if (!state.positionsInInput || state.cables.length === 0) return;
  const selection = window.getSelection();
  if (!selection || !selection.isCollapsed || !selection.anchorNode) return;
  const offset = offsetOf(selection.anchorNode, selection.anchorOffset);
  if (offset === null) return;
  const hit = smallestEntryAt(offset);
  if (hit) {
    selectEntry(hit, { fromSource: true });
    return;
  }
  const other = state.cables.findIndex((c, i) => {
    if (i === state.current) return false;
    const r = cableRange(c);
    return r !== null && offset >= r.start && offset < r.end;
  });
  if (other >= 0) {
    const scrollTop = sourceScroll.scrollTop;
    showCable(other);
    sourceScroll.scrollTop = scrollTop;
    const again = smallestEntryAt(offset);
    if (again) selectEntry(again, { fromSource: true });
  }
});

function smallestEntryAt(offset) {
  let best = null;
  for (const entry of state.entries) {
    if (entry.kind !== 'field') continue;
    const { start, end } = entry.span;
    if (offset >= start && offset < end && (!best || end - start < best.span.end - best.span.start)) best = entry;
  }
  return best;
}

// ---------------------------------------------------------------------------
// References (#ref=<id>)

function refFromHash() {
  const match = /^#ref=(.+)$/.exec(location.hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

function matchesRef(cable, id) {
  return cable.referenceId === id || cable.metadata?.referenceId === id;
}

function goToRef(id) {
  if (!id || state.cables.length === 0) return;
  const index = state.cables.findIndex((c) => matchesRef(c, id));
  if (index >= 0) {
    if (index !== state.current) showCable(index);
    setStatus(state.statusText, `showing ${id}`);
  } else {
    setStatus(state.statusText, `${id} is not in this input`);
  }
}

window.addEventListener('hashchange', () => goToRef(refFromHash()));

// ---------------------------------------------------------------------------
// Input: button, paste, drop, file picker

parseButton.addEventListener('click', parseInput);

input.addEventListener('input', (event) => {
  state.fileText = null;
  state.fileName = null;
  const type = /** @type {InputEvent} */ (event).inputType;
  if (type === 'insertFromPaste' || type === 'insertFromDrop') parseInput();
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    parseInput();
  }
});

clearButton.addEventListener('click', () => {
  input.value = '';
  state.fileText = null;
  state.fileName = null;
  parseInput();
  input.focus();
});

select.addEventListener('change', () => showCable(Number(select.value)));

async function loadFile(file) {
  try {
    const text = await file.text();
    input.value = text;
    state.fileText = text;
    state.fileName = file.name;
    parseInput();
  } catch (error) {
    setStatus(`Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void loadFile(file);
  fileInput.value = '';
});

const hasFiles = (event) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
let dragDepth = 0;

document.addEventListener('dragenter', (event) => {
  if (!hasFiles(event)) return;
  dragDepth++;
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', (event) => {
  if (!hasFiles(event)) return;
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) document.body.classList.remove('dragging');
});
document.addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
});
document.addEventListener('drop', (event) => {
  dragDepth = 0;
  document.body.classList.remove('dragging');
  const file = event.dataTransfer?.files?.[0];
  if (!file) return; // dropped text goes into the textarea (and parses via the input event)
  event.preventDefault();
  void loadFile(file);
});

parseInput();
document.body.classList.add('ready');

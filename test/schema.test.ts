/**
 * `schema.json` (exported as `cablekit/schema.json`) describes the Cable for users in
 * other languages. Every seed cable, and cables of every input format, must validate.
 */

import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import schema from '../schema.json' with { type: 'json' };
import { parseCable, parseCables } from '../src/index.js';
import { loadSeed } from './load-fixtures.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

describe('schema.json', () => {
  it('accepts the parse of every seed cable', () => {
    const cables = parseCables(loadSeed());
    expect(cables).toHaveLength(25);
    for (const cable of cables) {
      const ok = validate(JSON.parse(JSON.stringify(cable)));
      expect(validate.errors ?? [], cable.referenceId ?? '').toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('accepts empty, garbage and HTML results', () => {
    const html = "<html><body><table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th><th>Origin</th></tr><tr><td>10ASTANA270</td><td>2010-02-26 08:05</td><td>UNCLASSIFIED</td><td>Embassy Astana</td></tr></table><code><pre>UNCLAS ASTANA 000270&#x000A;SUBJECT: X</pre></code></body></html>";
    for (const input of ['', 'hello', '((((', html]) {
      expect(validate(JSON.parse(JSON.stringify(parseCable(input)))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects what is not a cable (the schema is strict)', () => {
    const cable = JSON.parse(JSON.stringify(parseCable('hello'))) as Record<string, unknown>;
    expect(validate({ ...cable, extra: 1 })).toBe(false);
    expect(validate({ ...cable, tags: 'PREL' })).toBe(false);
    const { subject: _subject, ...missing } = cable;
    expect(validate(missing)).toBe(false);
  });
});

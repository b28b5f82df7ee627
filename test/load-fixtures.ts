/**
 * Loads the seed and its expected files. Uses Vite's `import.meta.glob` with `?raw`, so
 * the same tests run in Node and, later, in a browser (no `node:fs`).
 */

const seedFiles = import.meta.glob('../fixtures/seed-astana.txt', { query: '?raw', import: 'default', eager: true });
const expectedFiles = import.meta.glob('../fixtures/expected/*.json', { import: 'default', eager: true });

/** The seed document's text. */
export function loadSeed(): string {
  const text = Object.values(seedFiles)[0];
  if (typeof text !== 'string') throw new Error('fixtures/seed-astana.txt not found');
  return text;
}

/** Expected values by reference id. */
export function loadExpected(): Map<string, Record<string, unknown>> {
  const map = new Map<string, Record<string, unknown>>();
  for (const [path, value] of Object.entries(expectedFiles)) {
    const id = /([^/]+)\.json$/.exec(path)?.[1];
    if (id !== undefined) map.set(id, value as Record<string, unknown>);
  }
  return map;
}

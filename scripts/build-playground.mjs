#!/usr/bin/env node
// Copies the built ESM bundle (dist/index.js) to docs/playground/cablekit.js, the module
// the playground page imports. Run `npm run build` first (`npm run playground` does both).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'dist', 'index.js');
const to = join(root, 'docs', 'playground', 'cablekit.js');

if (!existsSync(from)) {
  process.stderr.write(`build-playground: ${relative(root, from)} not found; run \`npm run build\` first\n`);
  process.exit(1);
}
mkdirSync(dirname(to), { recursive: true });
copyFileSync(from, to);
process.stdout.write(`build-playground: ${relative(root, from)} -> ${relative(root, to)}\n`);

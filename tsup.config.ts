import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + type declarations, no runtime dependencies.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // The CLI: Node only, a thin layer over the built library. The worker thread of
    // `--jobs N` is its own entry, loaded from dist/cli/ next to main.js; no code
    // splitting, so each file imports the library as `../index.js` from dist/cli/.
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/worker': 'src/cli/worker.ts' },
    format: ['esm'],
    splitting: false,
    dts: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    external: ['../index.js'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);

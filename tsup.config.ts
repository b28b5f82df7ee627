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
    // The CLI: Node only, a thin layer over the built library.
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    external: ['../index.js'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);

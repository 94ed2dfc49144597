import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { manifestFor, type Target } from './manifest.config.ts';

// One config, two targets: CALMREPLY_TARGET=chrome|firefox (scripts/build.mjs runs both).
const target = (process.env.CALMREPLY_TARGET ?? 'chrome') as Target;

/** Ships managed_schema.json (kept at the repo root, next to the manifest) in the Chrome build. */
function managedSchema(): Plugin {
  return {
    name: 'calmreply-managed-schema',
    generateBundle() {
      if (target !== 'chrome') return;
      this.emitFile({ type: 'asset', fileName: 'managed_schema.json', source: readFileSync('managed_schema.json', 'utf8') });
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(target), browser: target }), managedSchema()],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    // No source maps in store packages; reviewers build from source instead (README).
    sourcemap: false,
    target: 'es2022',
    // Vite's preload helper would add <link rel="modulepreload" href="chrome-extension://…"> to
    // Facebook's own <head> when the tag menu loads, telling the page CalmReply is installed.
    modulePreload: false,
    rollupOptions: {
      input: {
        complaints: 'src/complaints/index.html',
      },
      output: {
        // preact in a chunk of its own, so web-ext lint's one warning (preact's innerHTML in its
        // renderer) is attributable by file name and never hides a warning about our code.
        codeSplitting: {
          groups: [{ name: 'vendor-preact', test: /node_modules[\\/](preact|@preact)[\\/]/ }],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true },
});

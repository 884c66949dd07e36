import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json';

/**
 * One config, three builds:
 *   npm run build           Chromium (dist/)
 *   npm run build:firefox   Firefox (dist-firefox/): background.scripts, gecko id, no data collection
 *   npm run build:test      Chromium for end-to-end tests (dist-test/): adds host access to 127.0.0.1 only,
 *                           because a programmatic openPopup() is no user gesture and grants no activeTab.
 */
const target = process.env.RINGKAS_TARGET === 'firefox' ? 'firefox' : 'chrome';
const testBuild = process.env.RINGKAS_TEST === '1';

function manifest(): ManifestV3Export {
  const m: Record<string, unknown> = structuredClone(baseManifest);
  if (testBuild) m.host_permissions = ['http://127.0.0.1/*'];
  if (target === 'firefox') {
    m.background = { scripts: ['src/background/index.ts'], type: 'module' };
    m.browser_specific_settings = {
      gecko: { id: 'ringkas@ringkas.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return m as unknown as ManifestV3Export;
}

/**
 * crxjs lists the injected script as web-accessible to every site, which
 * executeScript does not need and which lets any page detect Ringkas. Drop it.
 */
function noWebAccessibleResources(): Plugin {
  let outDir = 'dist';
  return {
    name: 'ringkas:no-web-accessible-resources',
    apply: 'build',
    configResolved(config) { outDir = config.build.outDir; },
    writeBundle() {
      const file = resolve(outDir, 'manifest.json');
      const m = JSON.parse(readFileSync(file, 'utf8'));
      delete m.web_accessible_resources;
      writeFileSync(file, JSON.stringify(m, null, 2));
      // crxjs also leaves an unreferenced ES-module copy of the injected script.
      for (const f of readdirSync(resolve(outDir, 'assets'))) if (/^run\.iife\.ts-.*\.js$/.test(f)) rmSync(resolve(outDir, 'assets', f));
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest(), browser: target }), noWebAccessibleResources()],
  build: {
    target: 'es2022',
    // Every browser Ringkas runs in knows modulepreload; the polyfill would be one more import before the popup's
    // first script can ask for the summary.
    modulePreload: { polyfill: false },
    emptyOutDir: true,
    rollupOptions: { input: { reader: 'src/reader/index.html' } },
  },
  // The test build answers the summarize-uncached message (the background's summarizing without its cache) for
  // end-to-end tests and bench:browser (see messages.ts).
  define: { __RINGKAS_TEST__: JSON.stringify(testBuild) },
  legacy: { inconsistentCjsInterop: true },
});

// Builds the web app (src/web) into dist/web, which the server serves under a strict CSP
// (script-src 'self'; style-src 'self'): nothing inline, nothing fetched from elsewhere. Two
// pages: the staff app (index.html) and the respondent pages (respond.html), which share no
// more than React, so people answering a survey download only what they need.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Survey links are opened on phones and old ward computers: their JavaScript must stay small. */
const RESPOND_BUDGET_KB = 150;

/** Prints the gzipped size of the respondent entry and everything it loads, and fails past the budget. */
function respondBudget(): Plugin {
  return {
    name: 'cultivate-respond-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith('/respond.html'));
      if (!entry || entry.type !== 'chunk') return this.error('The respond.html entry is missing from the build');
      const seen = new Set<string>();
      const visit = (fileName: string): number => {
        const chunk = bundle[fileName];
        if (seen.has(fileName) || !chunk || chunk.type !== 'chunk') return 0;
        seen.add(fileName);
        return gzipSync(chunk.code).length + chunk.imports.reduce((sum, f) => sum + visit(f), 0);
      };
      const kb = visit(entry.fileName) / 1024;
      console.log(`\nrespond entry JavaScript: ${kb.toFixed(1)} KB gzip in ${seen.size} files (budget ${RESPOND_BUDGET_KB} KB)`);
      if (kb > RESPOND_BUDGET_KB) this.error(`The respondent pages' JavaScript is ${kb.toFixed(1)} KB gzip, over the ${RESPOND_BUDGET_KB} KB budget`);
    },
  };
}

/** In development, survey links open the respondent page, as the server does in production. */
function respondPagesInDev(): Plugin {
  return {
    name: 'cultivate-respond-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        // Only page loads: the respondent app's own modules also live under /respond/.
        if (req.url?.startsWith('/respond/') && req.headers.accept?.includes('text/html')) req.url = '/respond.html';
        next();
      });
    },
  };
}

const nhsukImages = fileURLToPath(new URL('./node_modules/nhsuk-frontend/dist/nhsuk/assets/images', import.meta.url));

export default defineConfig({
  root: 'src/web',
  plugins: [react(), respondBudget(), respondPagesInDev()],
  resolve: {
    // The NHS.UK stylesheets point their icons here (see styles/main.scss); Vite then bundles them.
    alias: { '@nhsuk-images': nhsukImages },
  },
  css: {
    preprocessorOptions: {
      // nhsuk-frontend still uses a few deprecated Sass features; its warnings are not ours to fix.
      scss: { quietDeps: true, silenceDeprecations: ['import'] },
    },
  },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Small icons become data: URIs (allowed by img-src); everything else is a file under /assets.
    assetsInlineLimit: 4096,
    sourcemap: false,
    // Browsers from about 2019 on (Chrome 70, Edge 79, Firefox 68, Safari 12), as found on older
    // ward and office computers.
    target: ['es2019', 'chrome70', 'edge79', 'firefox68', 'safari12'],
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./src/web/index.html', import.meta.url)),
        respond: fileURLToPath(new URL('./src/web/respond.html', import.meta.url)),
      },
      output: {
        // React and the router, used by both pages, in one file named for what it holds.
        manualChunks: (id) => (/[\\/]node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/.test(id) ? 'react' : undefined),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});

// Builds the web app (src/web) into dist/web, which the server serves under a strict CSP
// (script-src 'self'; style-src 'self'): nothing inline, nothing fetched from elsewhere.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const nhsukImages = fileURLToPath(new URL('./node_modules/nhsuk-frontend/dist/nhsuk/assets/images', import.meta.url));

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
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
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});

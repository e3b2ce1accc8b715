// The build lands in app/static/ui, which the service serves at / (index.html) and /ui/ (assets), so a
// machine without internet and without Node runs the UI from the committed files.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/ui/',
  build: {
    outDir: '../app/static/ui',
    emptyOutDir: true,
    // Deterministic names and no source maps: the committed build is compared with a rebuild in CI.
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});

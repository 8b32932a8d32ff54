import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Compile the shared zod contracts from source: no stale `contracts/dist`, one zod instance.
    alias: [
      {
        find: /^@zet\/contracts$/,
        replacement: fileURLToPath(new URL('../contracts/src/index.ts', import.meta.url)),
      },
    ],
  },
  server: { host: '127.0.0.1', port: 5173, proxy: api },
  preview: { host: '127.0.0.1', port: 4173, proxy: api },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The budget is ≤ 200 KB gzip for the initial JS (react-dom, router, query, zod contracts);
    // Recharts lives only in the Ontwikkeling chunk. Warn when a chunk grows past that again.
    chunkSizeWarningLimit: 500,
  },
});

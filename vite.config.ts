import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The SPA is built into dist/web and served by the console's own server (src/server).
// In development, `vite` proxies the backend routes to a server started with `npm run dev`.
const backend = process.env.CONSOLE_DEV_BACKEND ?? 'http://127.0.0.1:8080';

export default defineConfig(({ command }) => ({
  plugins: [react()],
  resolve: {
    // React Router's package exports only its development build, dev-only warnings and checks
    // included (remix-run/react-router#12532); the built app takes the production build it ships.
    alias:
      command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : [],
  },
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': backend,
      '/v2': backend,
      '/oidc': backend,
      '/healthz': backend,
    },
  },
}));

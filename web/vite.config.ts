// Vite build of the web app: Remix (server-rendered, single fetch) with the v3 future flags on.
import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  plugins: [
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_routeConfig: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // The generated documents are `new TypedDocumentString(...)`: pure, so the browser bundle keeps only
    // the ones it imports (the subscriptions), not every query and mutation of the server-side loaders.
    rollupOptions: { treeshake: { manualPureFunctions: ['TypedDocumentString'] } },
  },
  server: { hmr: { port: 24_678 } },
});

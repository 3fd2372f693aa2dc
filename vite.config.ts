import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { FRAME_ANCESTORS_ENV, parseFrameAncestors } from './scripts/hosting/headers';
import { hostingHeaders } from './scripts/hosting/vite-plugin';

const THEME_COLOR = '#1d4ed8';

export default defineConfig({
  plugins: [
    react(),
    hostingHeaders({
      // Who may embed the wizard: CSP_FRAME_ANCESTORS="'self' https://agency.example" (docs/hosting.md).
      frameAncestors: parseFrameAncestors(process.env[FRAME_ANCESTORS_ENV]),
      // Cloudflare Pages builds set CF_PAGES=1; Pages serves the app shell for unknown paths itself.
      withoutRedirects: process.env.CF_PAGES === '1',
    }),
    VitePWA({
      // The new service worker takes over as soon as it is installed; no "update available" prompt.
      registerType: 'autoUpdate',
      // src/main.tsx registers the worker itself (virtual:pwa-register), so no script is injected.
      injectRegister: false,
      manifest: {
        name: 'Cl@ve Wizard',
        short_name: 'Cl@ve',
        description: 'Find out how to get access to Cl@ve, step by step.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Precache every built asset (including lazily loaded locale chunks) so the app works offline.
        globPatterns: ['**/*.{js,css,html,json,svg}'],
        // Client-side routes (deep links) are answered with the app shell when offline.
        navigateFallback: 'index.html',
        // autoUpdate sets these only when the plugin injects the registration; we register it ourselves.
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});

/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The Content-Security-Policy the production build runs under (`npm run preview` sends it): no
 * inline or foreign script. Styles allow 'unsafe-inline' because Radix's scroll lock injects a
 * <style> element; React's style props are CSSOM writes, which CSP does not restrict.
 */
export function contentSecurityPolicy(apiBaseUrl = process.env.VITE_API_BASE_URL ?? ''): string {
  const api = apiBaseUrl ? ` ${new URL(apiBaseUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export default defineConfig(({ command }) => ({
  plugins: [react(), tailwindcss()],
  // A constant, so that a build without the mock drops its code (see src/lib/config.ts).
  define: { 'import.meta.env.VITE_MOCK_API': JSON.stringify(process.env.VITE_MOCK_API ?? '') },
  resolve: {
    alias: {
      // A build without the mock does not even emit the mock's code.
      ...(command === 'build' && process.env.VITE_MOCK_API !== 'true'
        ? {
            '@mocks/browser': fileURLToPath(new URL('./src/lib/no-mock.ts', import.meta.url)),
            '@/app/dev/mock-panel': fileURLToPath(new URL('./src/lib/no-mock-panel.tsx', import.meta.url)),
          }
        : {}),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  server: { port: 5173, strictPort: false },
  preview: {
    port: 4173,
    headers: {
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    css: false,
    restoreMocks: true,
  },
}));

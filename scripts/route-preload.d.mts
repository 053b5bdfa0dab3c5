import type { Plugin } from 'vite';
export function modulePreloadRoutePage(page: string): Plugin;

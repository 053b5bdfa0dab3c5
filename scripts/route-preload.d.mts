import type { Plugin } from 'vite';
export function modulePreloadStart(modules: string[]): Plugin;
export const APP_START: string;

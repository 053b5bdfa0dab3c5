import type { Plugin } from 'vite';
export function modulePreloadStart(modules: string[]): Plugin;
export const APP_START: string;
export const PAGE_START: string[];
export function chunkName(module: string): string;
export function startGroups(root: string): { name: string; test: (id: string) => boolean; priority: number }[];

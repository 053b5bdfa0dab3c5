import type { Plugin } from 'vite';
export function tidbCloudProxy(): Plugin;
export function keysSet(): boolean;

import type { Plugin } from 'vite';
export const COMPILE_HINT: string;
export function staticGraph(chunks: { fileName: string; imports: string[] }[], starts: string[]): Set<string>;
export function entryFiles(chunks: { fileName: string; isEntry: boolean; imports: string[] }[]): Set<string>;
export function compileHintsBeyondEntry(): Plugin;

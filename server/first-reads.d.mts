export function firstReads(address: string): string[];
export function preloadLinks(address: string): string | undefined;

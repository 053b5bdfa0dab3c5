export const CHROMIUM_ARGS: string[];
export const HOW_TO_INSTALL: string;
export function findChromium(opts?: { headlessShell?: boolean }): Promise<{ executablePath: string | undefined; source: string } | null>;

export function contentSecurityPolicy(apiBaseUrl?: string): string;
export function securityHeaders(apiBaseUrl?: string): Record<string, string>;

/**
 * Stands in for tough-cookie in builds with the mock (vite.config.ts aliases it): MSW keeps the
 * cookies that mocked answers set in a tough-cookie jar, which brings the public suffix list (about
 * 100 KiB gzip, most of the mock's code). The mocked TiDB Cloud API sets no cookie and reads none, so
 * this jar keeps nothing; the page's own cookies still reach the handlers (MSW reads document.cookie).
 */
export class Cookie {
  static fromJSON(): undefined {
    return undefined;
  }
}

export class MemoryCookieStore {
  idx: Record<string, unknown> = {};
}

export class CookieJar {
  getCookiesSync(): Cookie[] {
    return [];
  }
  async setCookie(): Promise<void> {}
}

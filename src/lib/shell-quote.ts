const SAFE = /^[A-Za-z0-9_./:@%+=,-]+$/;

/** Quotes a value for a POSIX shell: bare when safe, else single quotes with `'` written as `'\''`. */
export function shellQuote(value: string): string {
  if (SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

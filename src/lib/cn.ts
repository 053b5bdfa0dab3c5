import { clsx, type ClassValue } from 'clsx';

/**
 * Joins class names (clsx). Not tailwind-merge: no caller passes a class that conflicts with a
 * component's own, and tailwind-merge would add 8.2 KiB gzip to the initial JS (measured with
 * `npm run check:bundle`), more than its budget has room for.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}

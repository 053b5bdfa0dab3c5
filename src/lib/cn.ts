import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/** Joins class names (clsx) and lets a later Tailwind class win over a conflicting earlier one (tailwind-merge), as shadcn/ui does. */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}

export const E2E_PORT: number;
export const STORYBOOK_PORT: number;
export const STORYBOOK_URL: string;
export const APP_DIR: string;
export const STORYBOOK_DIR: string;

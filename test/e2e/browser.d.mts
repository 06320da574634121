import type { Browser } from 'playwright-core';

export const ROOT: string;
export function build(): void;
export function serve(): Promise<{ url: string; close: () => Promise<void> }>;
export function launch(): Promise<Browser>;

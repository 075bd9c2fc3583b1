import { readFileSync } from 'node:fs';

/** package.json's version, which a report names so curators know which build a person was reading. */
export function appVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

/** Vite's `define` for it. */
export const APP_VERSION_DEFINE = { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(appVersion()) };

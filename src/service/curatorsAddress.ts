const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[A-Za-z]{2,}$/;

/**
 * Where reports go, set by whoever deploys the site (VITE_CURATORS_EMAIL at build time). Without one,
 * or with one that is not an e-mail address, the app offers no e-mail link that leads nowhere.
 */
export function curatorsAddress(env: Record<string, unknown> = import.meta.env): string | undefined {
  const value = env.VITE_CURATORS_EMAIL;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (!EMAIL.test(value.trim())) {
    console.error('VITE_CURATORS_EMAIL ignored: it is not an e-mail address');
    return undefined;
  }
  return value.trim();
}

/** The app's version, for a report: which build the person was reading. */
export const APP_VERSION: string = typeof import.meta.env.VITE_APP_VERSION === 'string' ? import.meta.env.VITE_APP_VERSION : 'unknown';

import { useEffect, useState } from 'react';

export type Route =
  | { page: 'queue' }
  | { page: 'check'; id: string; field?: string; value?: string; from?: string }
  | { page: 'sheets'; ids: string[] }
  | { page: 'batch'; ids: string[]; index: number }
  | { page: 'report' }
  | { page: 'feeds' };

/** The page named by the address's hash: #/check/<id>, #/sheets/<id,id>, #/batch/<id,id>/<n>, #/report, #/feeds. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page, first, second] = path.split('/').map(decodeURIComponent);
  const params = new URLSearchParams(query);
  if (page === 'check' && first) {
    return { page: 'check', id: first, field: params.get('field') ?? undefined, value: params.get('value') ?? undefined, from: params.get('from') ?? undefined };
  }
  const ids = (first ?? '').split(',').filter(Boolean);
  if (page === 'sheets' && ids.length > 0) return { page: 'sheets', ids };
  if (page === 'batch' && ids.length > 0) return { page: 'batch', ids, index: Math.min(ids.length - 1, Math.max(0, Number(second) || 0)) };
  if (page === 'report') return { page: 'report' };
  if (page === 'feeds') return { page: 'feeds' };
  return { page: 'queue' };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

export const hrefOf = {
  queue: () => '#/',
  check: (id: string, prefill?: { field: string; value: string; from: string }) =>
    `#/check/${encodeURIComponent(id)}${prefill ? `?${new URLSearchParams(prefill).toString()}` : ''}`,
  sheets: (ids: readonly string[]) => `#/sheets/${ids.map(encodeURIComponent).join(',')}`,
  batch: (ids: readonly string[], index: number) => `#/batch/${ids.map(encodeURIComponent).join(',')}/${index}`,
  report: () => '#/report',
  feeds: () => '#/feeds',
};

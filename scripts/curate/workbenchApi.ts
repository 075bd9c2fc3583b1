import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { readReviews } from '../hsds/feed/reviewFile';
import { loadStore } from './recordStore';
import { callScript, stillRightLetter } from './letters';
import { proposeFromReport, suggestionToLead } from './reportService';
import { listingDetail, submitCheck, workbenchState } from './service';

const MAX_BODY = 1_000_000;

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_BODY) reject(new Error('request too large'));
    });
    request.on('end', () => {
      try {
        resolve(JSON.parse(text || 'null'));
      } catch {
        reject(new Error('the request is not JSON'));
      }
    });
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify(body));
}

/**
 * Only the workbench's own page may call: another site open in the same browser could otherwise post
 * to 127.0.0.1 and change the data. A JSON body also forces a browser's cross-origin check.
 */
function sameOrigin(request: IncomingMessage): boolean {
  const host = request.headers.host ?? '';
  const origin = request.headers.origin;
  const isJson = request.method === 'GET' || (request.headers['content-type'] ?? '').startsWith('application/json');
  return /^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host) && (origin === undefined || origin === `http://${host}`) && isJson;
}

export interface WorkbenchOptions {
  /** The folder holding data/: the repository, or a copy for a test. */
  root: string;
  /** The day the queue is counted for; today unless a test fixes it. */
  today?: string;
}

/** The workbench's JSON API, served by Vite's own server, never by the public build. */
export function workbenchApi({ root, today }: WorkbenchOptions): Plugin {
  const day = () => today ?? new Date().toISOString().slice(0, 10);
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!sameOrigin(request)) return send(response, 403, { message: 'Only the workbench page may use its API.' });
    if (request.method === 'GET' && url.pathname === '/api/state') return send(response, 200, workbenchState(root, day()));
    if (request.method === 'GET' && url.pathname === '/api/feeds') return send(response, 200, { reviews: readReviews(root) });
    const listing = /^\/api\/listing\/([a-z0-9-]+)$/.exec(url.pathname)?.[1];
    if (request.method === 'GET' && listing) {
      const detail = listingDetail(root, listing);
      if (!detail) return send(response, 404, { message: `No valid listing "${listing}" in data/records.` });
      const family = loadStore(root).records.map(({ record }) => record).filter((record) => record.organization.name === detail.record.organization.name);
      const letters = { en: stillRightLetter(family, 'en'), es: stillRightLetter(family, 'es') };
      return send(response, 200, { ...detail, today: day(), scripts: { en: callScript(detail.record, 'en'), es: callScript(detail.record, 'es') }, letters });
    }
    if (request.method !== 'POST') return send(response, 404, { message: 'Not found.' });
    const body = await readBody(request);
    if (url.pathname === '/api/check') {
      const result = submitCheck(root, body, url.searchParams.get('write') === '1');
      return send(response, 200, result);
    }
    if (url.pathname === '/api/report') {
      const text = typeof body === 'object' && body !== null && 'text' in body && typeof body.text === 'string' ? body.text : '';
      return send(response, 200, proposeFromReport(root, text));
    }
    if (url.pathname === '/api/lead') {
      const proposal = proposeFromReport(root, typeof body === 'object' && body !== null && 'text' in body && typeof body.text === 'string' ? body.text : '');
      if (proposal.status !== 'suggestion') return send(response, 200, { ok: false, message: 'The pasted message is not a suggestion.' });
      return send(response, 200, suggestionToLead(root, proposal.report));
    }
    return send(response, 404, { message: 'Not found.' });
  }
  return {
    name: 'curators-workbench-api',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!(request.url ?? '').startsWith('/api/')) return next();
        handle(request, response).catch((error: unknown) => send(response, 400, { message: error instanceof Error ? error.message : String(error) }));
      });
    },
  };
}

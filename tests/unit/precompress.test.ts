import { mkdtemp, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliMiddleware, writeBrotliCopies } from '../../scripts/precompressPlugin';

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word ${i}`))};\n`;
const HEADERS = { 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' };

let dir = '';
let server: Server;
let base = '';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, acceptEncoding: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const sent = request(`${base}${path}`, { method, headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'precompress-'));
  await mkdir(join(dir, 'assets', 'lang'), { recursive: true });
  await writeFile(join(dir, 'assets', 'app.js'), SCRIPT);
  await writeFile(join(dir, 'assets', 'lang', 'es.js'), SCRIPT);
  await writeFile(join(dir, 'assets', 'tiny.js'), 'export {};\n');
  await writeFile(join(dir, 'assets', 'picture.png'), Buffer.alloc(4096, 1));
  await writeFile(join(dir, 'assets', 'stale.js'), SCRIPT);
  expect(await writeBrotliCopies(dir)).toBe(3);
  // stale.js rebuilt after its copy was made: the copy must not be sent.
  const later = new Date(Date.now() + 60_000);
  await utimes(join(dir, 'assets', 'stale.js'), later, later);

  const middleware = brotliMiddleware(dir, HEADERS);
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end('left to the static server');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server has no port.');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('Brotli copies of the built files', () => {
  it('sends the Brotli copy, with the security headers, to a browser that accepts it', async () => {
    const reply = await get('/assets/app.js', 'gzip, deflate, br, zstd');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe('br');
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(brotliDecompressSync(reply.body).toString()).toBe(SCRIPT);
    expect(reply.body.length).toBeLessThan(SCRIPT.length / 4);
  });

  it('finds copies in subfolders and answers a repeat request from the cache', async () => {
    const first = await get('/assets/lang/es.js', 'br');
    expect(brotliDecompressSync(first.body).toString()).toBe(SCRIPT);
    const etag = first.headers.etag;
    expect(typeof etag).toBe('string');
    const repeat = await new Promise<number>((resolve, reject) => {
      const sent = request(`${base}/assets/lang/es.js`, { headers: { 'accept-encoding': 'br', 'if-none-match': String(etag) } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      sent.on('error', reject);
      sent.end();
    });
    expect(repeat).toBe(304);
  });

  it('leaves to the static server what it should not answer', async () => {
    // A browser that does not accept Brotli.
    expect((await get('/assets/app.js', 'gzip, deflate')).status).toBe(404);
    // Too small to be worth a copy, and a kind of file that is compressed already.
    expect((await get('/assets/tiny.js', 'br')).status).toBe(404);
    expect((await get('/assets/picture.png', 'br')).status).toBe(404);
    // A copy older than its file, left from an earlier build.
    expect((await get('/assets/stale.js', 'br')).status).toBe(404);
    // Outside the folder, a missing file, a malformed address, a POST.
    expect((await get('/../etc/passwd', 'br')).status).toBe(404);
    expect((await get('/assets/%2e%2e/%2e%2e/etc/hosts', 'br')).status).toBe(404);
    expect((await get('/assets/missing.js', 'br')).status).toBe(404);
    expect((await get('/assets/%E0%A4%A.js', 'br')).status).toBe(404);
    expect((await get('/assets/app.js', 'br', 'POST')).status).toBe(404);
  });

  it('answers HEAD with the headers alone', async () => {
    const reply = await get('/assets/app.js', 'br', 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe('br');
    expect(Number(reply.headers['content-length'])).toBeGreaterThan(0);
    expect(reply.body.length).toBe(0);
  });
});

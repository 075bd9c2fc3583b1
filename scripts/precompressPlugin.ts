import { createReadStream } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Brotli copies of the built files, and a preview-server middleware (`npm start`) that sends them to
 * browsers that accept them. Brotli at its highest setting is about a sixth smaller than the gzip the
 * preview server makes on the fly (the listings, a quarter), and on a slow phone network every kilobyte
 * is time. Static hosts either compress by themselves or serve these copies (nginx: brotli_static).
 */

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/** Below this a file fits in one network packet anyway. */
const MIN_BYTES = 1024;

function isCompressible(file: string): boolean {
  return Object.hasOwn(CONTENT_TYPES, extname(file));
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Writes `<file>.br` beside every compressible file of at least MIN_BYTES; returns how many. */
export async function writeBrotliCopies(dir: string): Promise<number> {
  const files = (await filesUnder(dir)).filter(isCompressible);
  let written = 0;
  for (const file of files) {
    const content = await readFile(file);
    if (content.length < MIN_BYTES) continue;
    const compressed = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    await writeFile(`${file}.br`, compressed);
    written += 1;
  }
  return written;
}

interface BrotliCopy {
  /** The file the copy stands for, which names its type. */
  file: string;
  size: number;
  mtimeMs: number;
}

/** The Brotli copy to send for a request, or undefined to leave the request to the usual static server. */
async function brotliCopyFor(dir: string, url: string, acceptEncoding: string): Promise<BrotliCopy | undefined> {
  if (!/\bbr\b/.test(acceptEncoding)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  const file = resolve(dir, `.${path}`);
  if (!file.startsWith(dir + sep) || !isCompressible(file)) return undefined;
  try {
    const [original, copy] = await Promise.all([stat(file), stat(`${file}.br`)]);
    // A copy older than its file is left over from an earlier build: never send stale code.
    return original.isFile() && copy.mtimeMs >= original.mtimeMs ? { file, size: copy.size, mtimeMs: copy.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

type Next = (error?: unknown) => void;

export function brotliMiddleware(dir: string, headers: OutgoingHttpHeaders) {
  const root = resolve(dir);
  return (request: IncomingMessage, response: ServerResponse, next: Next): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const acceptEncoding = String(request.headers['accept-encoding'] ?? '');
    brotliCopyFor(root, request.url ?? '/', acceptEncoding).then(
      (copy) => {
        if (!copy) return next();
        const { file } = copy;
        const etag = `W/"br-${copy.size}-${Math.round(copy.mtimeMs)}"`;
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
        response.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
        response.setHeader('Content-Encoding', 'br');
        response.setHeader('Vary', 'Accept-Encoding');
        response.setHeader('ETag', etag);
        if (request.headers['if-none-match'] === etag) {
          response.statusCode = 304;
          response.end();
          return;
        }
        response.setHeader('Content-Length', copy.size);
        if (request.method === 'HEAD') {
          response.end();
          return;
        }
        createReadStream(`${file}.br`).on('error', next).pipe(response);
      },
      (error: unknown) => next(error),
    );
  };
}

export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'precompress-brotli',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After the other plugins have written their files, the service worker among them.
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await writeBrotliCopies(outDir);
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use(brotliMiddleware(outDir, server.config.preview.headers ?? {}));
    },
  };
}

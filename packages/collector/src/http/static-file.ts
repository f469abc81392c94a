import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The Content-Type for a file name, `application/octet-stream` when unknown. */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Turns the URL path below a mount point (still percent-encoded, e.g. `css/a%20b.css`) into safe
 * path segments, or null when any segment could step outside the root: `..`, `.`, a hidden
 * file, an encoded slash or backslash, a NUL byte, or broken percent-encoding.
 */
export function safeSegments(encodedPath: string): string[] | null {
  const segments: string[] = [];
  for (const encoded of encodedPath.split('/')) {
    if (encoded === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    if (segment.startsWith('.') || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

export type StaticLookup =
  | { kind: 'file'; path: string; size: number; mtimeMs: number }
  | { kind: 'directory' }
  | { kind: 'missing' };

/**
 * Finds `segments` below `root`. The real path (symlinks followed) must still lie inside the real
 * root, so neither `..` tricks nor a symlink can reach outside it.
 */
export async function lookupStatic(
  root: string,
  segments: readonly string[],
): Promise<StaticLookup> {
  let realRoot: string;
  let target: string;
  try {
    realRoot = await realpath(root);
    target = await realpath(join(realRoot, ...segments));
  } catch {
    return { kind: 'missing' };
  }
  if (target !== realRoot && !target.startsWith(realRoot + sep)) return { kind: 'missing' };
  const info = await stat(target);
  if (info.isDirectory()) return { kind: 'directory' };
  if (!info.isFile()) return { kind: 'missing' };
  return { kind: 'file', path: target, size: info.size, mtimeMs: info.mtimeMs };
}

/**
 * Answers with a file found by `lookupStatic`, with a weak ETag so `Cache-Control: no-cache`
 * revalidates cheaply (304) instead of re-downloading.
 */
export async function fileResponse(
  request: Request,
  file: { path: string; size: number; mtimeMs: number },
  headers: Record<string, string> = {},
): Promise<Response> {
  const etag = `W/"${file.size.toString(16)}-${Math.trunc(file.mtimeMs).toString(16)}"`;
  const common = {
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  };
  if (request.headers.get('if-none-match') === etag) {
    return new Response(null, { status: 304, headers: common });
  }
  const body = await readFile(file.path);
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { 'Content-Type': contentTypeFor(file.path), ...common },
  });
}

import type { IncomingMessage, ServerResponse } from 'node:http';

const CORS = {
  // The app runs on another origin; no cookies are involved, the key travels in a header.
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

/** Answers with CORS headers and no caching; `body` as JSON, or no body. */
export function send(response: ServerResponse, status: number, body?: unknown): void {
  const headers: Record<string, string> = { ...CORS, 'Cache-Control': 'no-store' };
  if (body === undefined) {
    response.writeHead(status, headers);
    response.end();
    return;
  }
  headers['Content-Type'] = 'application/json';
  response.writeHead(status, headers);
  response.end(JSON.stringify(body));
}

export function bearer(request: IncomingMessage): string | undefined {
  const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
  return match?.[1];
}

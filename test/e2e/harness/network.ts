/**
 * Recording every network request a browser session makes, to prove the extension makes none.
 * Chromium reports page, content-script, extension-page and service-worker requests to the
 * context; Firefox's BiDi does not report the extension background's, so Firefox also sends all
 * its traffic to a local sink proxy that records and refuses every request (toolchain.md).
 */
import net from 'node:net';
import { RUNTIME_PATH } from './fixtures.ts';

/** The harness serves the fixture runtime, styles and the like under this path. */
const FIXTURE_DIR = RUNTIME_PATH.slice(0, RUNTIME_PATH.lastIndexOf('/') + 1);

export interface SeenRequest {
  url: string;
  method: string;
  /** A top-level or frame navigation (the fixture page itself). */
  navigation: boolean;
  /** Who made it, as far as the driver can tell (page URL, worker URL, or 'sink proxy'). */
  source: string;
}

/** Requests the fixture pages make by themselves, answered by the harness from test/fixtures. */
export function isFixtureRequest(r: SeenRequest): boolean {
  let u: URL;
  try {
    u = new URL(r.url);
  } catch {
    return false;
  }
  if (r.method !== 'GET' || u.protocol !== 'https:') return false;
  if (u.hostname.endsWith('.fbcdn.net')) return true;
  if (u.hostname !== 'www.facebook.com' && u.hostname !== 'web.facebook.com') return false;
  return r.navigation || u.pathname.startsWith(FIXTURE_DIR) || u.pathname === '/favicon.ico';
}

// The browsers' own housekeeping, which no extension code can cause (and which CalmReply's
// bundles cannot reach: build-output.e2e.ts proves they contain no network code at all).
const BROWSER_NOISE = [
  /(^|\.)mozilla\.(com|net|org)$/, /(^|\.)firefox\.com$/, /(^|\.)mozaws\.net$/, /^dummy\.test$/,
  /(^|\.)googleapis\.com$/, /(^|\.)gvt1\.com$/, /^accounts\.google\.com$/, /^clients\d*\.google\.com$/,
];

export function isBrowserNoise(url: string): boolean {
  try {
    const host = new URL(url.includes('://') ? url : `https://${url}`).hostname;
    return BROWSER_NOISE.some((pattern) => pattern.test(host));
  } catch {
    return false;
  }
}

export class NetworkLog {
  readonly seen: SeenRequest[] = [];

  add(request: SeenRequest): void {
    if (/^(https?|wss?|ftp):/i.test(request.url) || request.source === 'sink proxy') this.seen.push(request);
  }

  /** What the fixture pages asked for (proof the recorder was listening). */
  fixtureRequests(): SeenRequest[] {
    return this.seen.filter(isFixtureRequest);
  }

  /**
   * Everything else: must be empty. The browser's own housekeeping is set aside only where it can
   * show up, in the sink proxy (requests attributed to a page or worker are never excused).
   */
  unexpected(): SeenRequest[] {
    return this.seen.filter((r) => !isFixtureRequest(r) && !(r.source === 'sink proxy' && isBrowserNoise(r.url)));
  }
}

export interface SinkProxy {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * An HTTP proxy that answers every request with 403 after recording it: CONNECT host:port for
 * https/wss, absolute URLs for plain http/ws. Nothing is ever forwarded.
 */
export function startSinkProxy(log: NetworkLog): Promise<SinkProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let head = '';
    socket.on('data', (chunk) => {
      if (head.includes('\r\n')) return;
      head += chunk.toString('latin1');
      const line = head.split('\r\n')[0];
      if (line === undefined || !head.includes('\r\n')) return;
      const [method = '?', target = ''] = line.split(' ');
      const url = method === 'CONNECT' ? `https://${target.replace(/:443$/, '')}/` : target;
      log.add({ url, method, navigation: false, source: 'sink proxy' });
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('sink proxy has no port'));
      resolve({
        port: address.port,
        close: () => new Promise<void>((done) => {
          for (const s of sockets) s.destroy();
          server.close(() => done());
        }),
      });
    });
  });
}

/** Firefox prefs sending every http(s)/ws(s) request, localhost included, to the sink proxy. */
export function sinkProxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

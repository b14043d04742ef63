// Who a request is for and where it comes from: the checks that keep a local server from being used by
// a web page. A page can point a name of its own at 127.0.0.1 (DNS rebinding) and so be "same origin"
// with a local server: its requests then carry that name in Host, which Vite's server.allowedHosts and
// webpack-dev-server's allowedHosts refuse for the same reason. And any page can send a "simple" POST
// (a form, text/plain) to it without a preflight: it cannot read the answer, but the server does the work.

/** The address `serve` listens on unless told otherwise: this machine only. */
export const DEFAULT_HOST = '127.0.0.1';

/** A listening address of this machine only: 127.x.x.x, ::1 (also IPv4-mapped), localhost. */
const LOOPBACK_ADDRESS = /^(?:127\.\d+\.\d+\.\d+|::1|\[::1\]|::ffff:127\.\d+\.\d+\.\d+|localhost)$/i;

export function isLoopbackAddress(address: string): boolean {
  return LOOPBACK_ADDRESS.test(address);
}

/**
 * The host name of a Host header or of a name a user allows, lowercased and without its port or a final
 * dot: "LocalHost.:8025" -> "localhost", "[::1]:8025" -> "[::1]", a bare "::1" -> "[::1]"; null when it
 * is no host name (empty, spaces, a path or user info).
 */
export function hostnameOf(value: string): string | null {
  let v = value.trim().toLowerCase();
  // an IPv6 address written without brackets (a name given on the command line)
  if (!v.startsWith('[') && (v.match(/:/g) ?? []).length > 1) v = `[${v}]`;
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]/@\s]+)(?::\d{1,5})?$/.exec(v);
  if (!m) return null;
  const name = m[1]!.replace(/\.$/, '');
  return name || null;
}

/** The names a local server always answers to: localhost, *.localhost (RFC 6761), 127.x.x.x, [::1]. */
function isLoopbackName(name: string): boolean {
  return name === 'localhost' || name.endsWith('.localhost') || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name) || name === '[::1]';
}

/**
 * Which Host headers a server answers, or null when it answers any: one listening on a loopback address
 * answers those names and the ones given; one listening elsewhere (0.0.0.0, a LAN address) checks only
 * when names are given. A name with a leading dot (".example.com") allows the domain and its subdomains,
 * as Vite's and webpack's allowedHosts do. A request without Host (HTTP/1.0) passes only on loopback.
 */
export function hostCheck(listenAddress: string, allowedHosts: readonly string[] = []): ((host: string | undefined) => boolean) | null {
  const loopback = isLoopbackAddress(listenAddress);
  if (!loopback && allowedHosts.length === 0) return null;
  const exact = new Set<string>();
  const domains: string[] = [];
  for (const given of allowedHosts) {
    const domain = given.trim().startsWith('.');
    const name = hostnameOf(domain ? given.trim().slice(1) : given);
    if (!name) continue;
    if (domain) domains.push(name);
    else exact.add(name);
  }
  return (host) => {
    if (host === undefined) return loopback;
    const name = hostnameOf(host);
    if (!name) return false;
    return isLoopbackName(name) || exact.has(name) || domains.some((d) => name === d || name.endsWith(`.${d}`));
  };
}

/**
 * A POST that a page of another site sent: its Sec-Fetch-Site says cross-site, or, from a browser that
 * sends none, its Origin is not the server's own (`ownHost`, the request's Host). Curl and other
 * clients that are no browser send neither, and pass; the server's own page is same-origin.
 */
export function isCrossSitePost(secFetchSite: string | undefined, origin: string | undefined, ownHost: string): boolean {
  if (secFetchSite !== undefined) return secFetchSite.trim().toLowerCase() === 'cross-site';
  if (origin === undefined) return false;
  // "null" (a sandboxed frame, a file:// page) is no origin of ours. The scheme is not compared: behind
  // an HTTPS proxy the page is https:// while this server speaks plain HTTP under the same Host.
  try {
    const from = new URL(origin);
    const own = new URL(`http://${ownHost}`);
    // a default port is no part of an origin: "https://x" and Host "x:443" are the same place
    return from.hostname !== own.hostname || from.port !== (own.port === '443' ? '' : own.port);
  } catch {
    return true;
  }
}

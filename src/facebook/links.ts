/**
 * Comment identity from link parameters, the one language-independent signal Facebook gives:
 * a permalink has a numeric `comment_id` (and `reply_comment_id` for a reply); author and avatar
 * links carry a base64 `comment_id` ("comment:<post>_<comment>").
 */

const NUMERIC = /^\d{1,30}$/;
const FACEBOOK_HOST = /(^|\.)facebook\.com$/i;
/** Paths a comment permalink lives on (posts, permalink.php, photos, videos, reels, groups). */
const POST_PATH = /\/(posts|permalink\.php|story\.php|photo|photos|watch|videos|reel|groups)(\/|\.|$|\?)/i;
const TRACKING = /^(__cft__|__tn__|__xts__)/;

export interface CommentLink {
  /** Numeric `comment_id`, or null. */
  commentId: string | null;
  /** Numeric `reply_comment_id`, or null. */
  replyId: string | null;
  /** The comment's own id decoded from a base64 `comment_id` (author/avatar links), or null. */
  encodedId: string | null;
  /** True when the path is a post, photo or video (a permalink rather than a profile). */
  onPost: boolean;
  url: URL;
}

/** Base for relative hrefs: the page's own origin when it is Facebook, else www. */
let lastHref = '';
let lastBase = 'https://www.facebook.com/';

export function baseFor(doc: Document | null): string {
  const href = doc?.location?.href ?? '';
  if (href === lastHref) return lastBase;
  let base = 'https://www.facebook.com/';
  try {
    const url = new URL(href);
    if (FACEBOOK_HOST.test(url.hostname)) base = url.origin + '/';
  } catch {
    // about:blank and friends: www.
  }
  lastHref = href;
  lastBase = base;
  return base;
}

// The same hrefs are parsed several times per comment (finding, identifying, naming): URL parsing
// dominates extraction time on long threads, so results are remembered (bounded).
const linkCache = new Map<string, CommentLink | null>();
const keyCache = new Map<string, string | null>();
const CACHE_LIMIT = 20_000;

/** Forget remembered links (when comments leave the page): memory follows what is shown. */
export function forgetLinks(): void {
  linkCache.clear();
  keyCache.clear();
}

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

export function parseCommentLink(href: string, base = 'https://www.facebook.com/'): CommentLink | null {
  if (!href.includes('comment_id')) return null;
  const key = `${base}\n${href}`;
  const cached = linkCache.get(key);
  if (cached !== undefined) return cached;
  return remember(linkCache, key, parseUncached(href, base));
}

/** href resolved against base, when it is a Facebook address at all. */
function facebookUrl(href: string, base: string): URL | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  return FACEBOOK_HOST.test(url.hostname) ? url : null;
}

function parseUncached(href: string, base: string): CommentLink | null {
  const url = facebookUrl(href, base);
  if (!url) return null;
  const raw = url.searchParams.get('comment_id');
  const reply = url.searchParams.get('reply_comment_id');
  const commentId = raw !== null && NUMERIC.test(raw) ? raw : null;
  const replyId = reply !== null && NUMERIC.test(reply) ? reply : null;
  const encodedId = raw !== null && commentId === null ? decodeCommentId(raw) : null;
  if (commentId === null && encodedId === null) return null;
  return { commentId, replyId, encodedId, onPost: POST_PATH.test(url.pathname), url };
}

/** "Y29tbWVudDo3NzdfMTExMQ==" → "1111" (the part after the last underscore of "comment:777_1111"). */
export function decodeCommentId(value: string): string | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value) || value.length > 200) return null;
  let decoded: string;
  try {
    decoded = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const match = /^comment:(?:\d+_)*(\d+)$/.exec(decoded);
  return match?.[1] ?? null;
}

/** The permalink without Facebook's tracking parameters. */
export function cleanPermalink(url: URL): string {
  const clean = new URL(url.href);
  // Not searchParams.keys(): in Firefox content scripts its iterator is not iterable (Xray).
  const kept = clean.search.slice(1).split('&').filter((pair) => {
    if (pair === '') return false;
    const name = pair.split('=')[0] ?? '';
    let key = name;
    try {
      key = decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      // A malformed escape is kept as written; it cannot be a tracking parameter we know.
    }
    return !TRACKING.test(key);
  });
  clean.search = kept.length ? `?${kept.join('&')}` : '';
  clean.hash = '';
  return clean.href;
}

/**
 * A stable key for "who is this" from an author href: the profile.php id or the first path
 * segment, lower-cased. Null when the href is not a Facebook profile link.
 */
export function profileKey(href: string, base = 'https://www.facebook.com/'): string | null {
  const key = `${base}\n${href}`;
  const cached = keyCache.get(key);
  if (cached !== undefined) return cached;
  return remember(keyCache, key, profileKeyUncached(href, base));
}

function profileKeyUncached(href: string, base: string): string | null {
  const url = facebookUrl(href, base);
  if (!url) return null;
  if (/^\/profile\.php$/i.test(url.pathname)) {
    const id = url.searchParams.get('id');
    return id ? `id:${id}` : null;
  }
  const first = url.pathname.split('/').find((part) => part !== '');
  if (!first || first === 'people') {
    const parts = url.pathname.split('/').filter((part) => part !== '');
    return parts.length >= 3 ? `id:${parts[2]}` : null;
  }
  return first.toLowerCase();
}

/**
 * The dashboard's Content-Security-Policy, one definition for both hosts: the local server sends it
 * with every file, CloudFront's response-headers policy sends it on AWS. Scripts and styles come
 * from the site itself only (the page sets styles through the CSSOM, never inline), and the page may
 * call only its own origin and the API.
 */
export const contentSecurityPolicy = (apiOrigin?: string): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

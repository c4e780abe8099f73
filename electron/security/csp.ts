/**
 * The Content-Security-Policy sent with every page and script the app protocol serves. It is
 * the meta tag's policy in renderer/index.html (a test keeps them in step) plus
 * `frame-ancestors`, which browsers only honour from a header. Sending it as a header also
 * covers workers and anything loaded before the meta tag is parsed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// The Content Security Policy of the built renderer, sent as a response header by the
// browser-mode server and by the desktop app's `app://` protocol. It is the same policy as the
// <meta> tag in renderer/index.html (a unit test keeps the two equal); the header form also
// enforces `frame-ancestors`, which browsers ignore in a <meta> tag.
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// The Content Security Policy of the built renderer. The <meta> tag in renderer/index.html
// carries META_CSP (a unit test keeps the two equal) so that even a copy opened some other
// way is locked down; the response header sent by the browser-mode server and by the desktop
// app's `app://` protocol adds `frame-ancestors`, which browsers only honour in a header (in a
// <meta> tag Chromium ignores it and logs an error on every page).
export const META_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const RENDERER_CSP = `${META_CSP}; frame-ancestors 'none'`;

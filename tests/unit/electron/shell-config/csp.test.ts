// The CSP header equals the renderer's own <meta> policy, and stays strict.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { META_CSP, RENDERER_CSP } from '../../../../electron/shell-config/csp';

describe('RENDERER_CSP', () => {
  it('is the policy of renderer/index.html, plus frame-ancestors (header only)', async () => {
    const html = await readFile(join(process.cwd(), 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(META_CSP);
    expect(RENDERER_CSP).toBe(`${META_CSP}; frame-ancestors 'none'`);
  });

  it('allows scripts from the app itself only, no eval, no inline scripts', () => {
    const scriptSrc = RENDERER_CSP.split(';').find((d) => d.trim().startsWith('script-src'));
    expect(scriptSrc?.trim()).toBe("script-src 'self'");
    expect(RENDERER_CSP).not.toContain('unsafe-eval');
    expect(RENDERER_CSP).toContain("object-src 'none'");
    expect(RENDERER_CSP).toContain("frame-ancestors 'none'");
  });
});

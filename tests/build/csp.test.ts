import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  CYTOSCAPE_STYLE,
  contentSecurityPolicy,
} from '../../build/csp';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

describe('the Content-Security-Policy of the built app', () => {
  it('allows no eval and no inline script, and keeps workers and plugins to the app', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|\*/);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    // Images for the exports only: nothing from another origin.
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('leaves frame-ancestors to the header, where browsers honour it', () => {
    expect(directives(CONTENT_SECURITY_POLICY).has('frame-ancestors')).toBe(false);
    const header = directives(CONTENT_SECURITY_POLICY_HEADER);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, sources] of directives(CONTENT_SECURITY_POLICY)) {
      expect(header.get(name), name).toEqual(sources);
    }
  });

  it("allows Cytoscape's one stylesheet by the hash of the text Cytoscape writes", () => {
    // The module Vite bundles: the rule is built from the class name at run time.
    const require = createRequire(import.meta.url);
    const source = readFileSync(
      require.resolve('cytoscape').replace(/cytoscape\.cjs\.js$/, 'cytoscape.esm.mjs'),
      'utf8',
    );
    const className = source.match(/var className = '(__+cytoscape_container)';/)?.[1];
    const rule = source.match(/stylesheet\.textContent = '\.' \+ className \+ '([^']+)';/)?.[1];
    expect(className).toBeDefined();
    expect(`.${className}${rule}`).toBe(CYTOSCAPE_STYLE);
    const hash = createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64');
    expect(directives(CONTENT_SECURITY_POLICY).get('style-src')).toEqual([
      "'self'",
      `'sha256-${hash}'`,
    ]);
  });

  it('is written into index.html first in <head>, by the build only', () => {
    const plugin = contentSecurityPolicy();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
    const tags = hook.handler.call({} as never, '<html><head></head></html>', {} as never);
    expect(tags).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ]);
  });
});

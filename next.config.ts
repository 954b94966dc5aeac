import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_POLICY } from "./lib/security/content-security-policy.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` over the whole project before it builds: it sets TYPES_CHECKED=1 so that
  // the build does not check the same types a second time. Every other build checks them.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === "1" },
  // Public pages and data are cached by our handler: in memory, or in Redis with REDIS_URL so that
  // several instances share the cache and its invalidations (lib/cache/cache-store.mjs).
  cacheHandler: path.resolve(process.cwd(), "cache-handler.mjs"),
  cacheMaxMemorySize: 0, // no second, per-process cache in front of it (it would miss other instances' invalidations)
  // Parallel builds of one checkout (e.g. two engineers' test runs) can use separate folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // pg and the Prisma adapter are Node libraries; keep them out of the bundle (pdfkit reads its own
  // font metrics from its folder at run time).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "sharp", "@node-rs/argon2", "pdfkit"],
  // Uploaded images of published Steckbriefe are served by the media route (app/api/medien/[id]) and
  // resized and re-encoded by next/image: AVIF where the browser takes it, else WebP. Only that route may
  // be optimized, without query strings. The optimizer fetches it without the visitor's cookies, so a
  // draft's image (404 without a session) can never enter its cache. Optimized copies live as long as
  // the route allows browsers to keep the original (1 hour), so a withdrawn image disappears as fast.
  images: {
    formats: ["image/avif", "image/webp"],
    localPatterns: [{ pathname: "/api/medien/**", search: "" }],
    minimumCacheTTL: 3600,
  },
  // PDF uploads go through a server action: allow up to 10 MB plus form overhead — the largest body a
  // page takes (lib/security/page-body-limits.ts; the proxy refuses larger ones, and every form without
  // a file above 2 MB, by their declared length). Next copies the body of each request the proxy sees
  // and cut it at 10 MB by default: a 10 MB PDF with its form failed as a whole. Both limits are equal.
  experimental: { serverActions: { bodySizeLimit: "11mb" }, proxyClientMaxBodySize: "11mb" },
  // The PDF of a Steckbrief has the page's address plus ".pdf". A path with a dot skips the proxy (no
  // language segment), so it is rewritten to its route handler before the file-system routes are
  // matched (app/[locale]/[...rest] would otherwise answer it with the 404 page).
  async rewrites() {
    return {
      beforeFiles: [{ source: "/steckbriefe/:slug([a-z0-9]+(?:-[a-z0-9]+)*).pdf", destination: "/api/pdf/:slug" }],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The answers of route handlers (JSON, CSV, feeds) may run nothing when opened in a browser. Pages
      // get their policy from the proxy (nonce) or the cache (hashes): lib/security. Media and PDFs are
      // left out: a policy without `object-src`/`plugin-types` would keep Chromium's PDF viewer out.
      { source: "/api/:path((?!medien/|pdf/).*)", headers: [{ key: "Content-Security-Policy", value: API_POLICY }] },
    ];
  },
};

export default withNextIntl(nextConfig);

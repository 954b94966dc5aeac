import localFont from "next/font/local";

/**
 * Fira Sans, the typeface of KERN, served from our own origin (no request to a font CDN:
 * works offline and leaks no visitor data). The files come with @kern-ux/native (EUPL-1.2).
 */
export const firaSans = localFont({
  src: [
    { path: "../node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-Regular.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-Italic.woff2", weight: "400", style: "italic" },
    { path: "../node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-Medium.woff2", weight: "500", style: "normal" },
    { path: "../node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-SemiBold.woff2", weight: "600", style: "normal" },
    { path: "../node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-Bold.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-fira-sans",
  display: "swap",
});

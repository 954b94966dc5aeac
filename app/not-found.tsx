/**
 * 404 for requests outside any language segment (e.g. a mistyped /api/… address).
 * It has no site layout around it, so it brings its own document; a plain link (next/link here would
 * load its client code on every page, as this boundary is part of every page).
 */
export default function GlobalNotFound() {
  return (
    <html lang="de">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem 1.5rem", maxWidth: "40rem", margin: "0 auto" }}>
        <main>
          <h1>Seite nicht gefunden</h1>
          <p>Unter dieser Adresse gibt es keine Seite.</p>
          <p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link on purpose, see above */}
            <a href="/">Zu allen Steckbriefen</a>
          </p>
        </main>
      </body>
    </html>
  );
}

import Link from "next/link";

/**
 * 404 for requests outside any language segment (e.g. a mistyped /api/… address).
 * It has no site layout around it, so it brings its own document.
 */
export default function GlobalNotFound() {
  return (
    <html lang="de">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem 1.5rem", maxWidth: "40rem", margin: "0 auto" }}>
        <main>
          <h1>Seite nicht gefunden</h1>
          <p>Unter dieser Adresse gibt es keine Seite.</p>
          <p>
            <Link href="/">Zu allen Steckbriefen</Link>
          </p>
        </main>
      </body>
    </html>
  );
}

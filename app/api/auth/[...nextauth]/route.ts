import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { readBodyCapped } from "@/lib/actions/route-handler";
import { authOptions } from "@/lib/auth/options";

/** next-auth's standard endpoints (/api/auth/signin, /callback/credentials, /signout, /session, /csrf). */
const handler = NextAuth(authOptions);

/**
 * What next-auth's forms post (e-mail, password, CSRF token, callback address) fits in a few KB; a
 * larger body is refused with 413 before anything reads it whole — anyone may post here unsigned.
 */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const body = await readBodyCapped(request, MAX_AUTH_BODY_BYTES);
  if (body === "too-large")
    return new Response("Die Anfrage ist zu groß.", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  // next-auth reads `nextUrl`: hand it a NextRequest again, with the body already read.
  return handler(new NextRequest(request, { body, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]), context);
}

export { handler as GET, POST };

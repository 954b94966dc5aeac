import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

/** next-auth's standard endpoints (/api/auth/signin, /callback/credentials, /signout, /session, /csrf). */
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };

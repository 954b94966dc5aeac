import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { AUTH_CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";

/** Never cached: these pages read the request (return path, tokens). */
export const dynamic = "force-dynamic";

/** Sign-in, invitation and password pages: their forms are client components and get their texts here. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={AUTH_CLIENT_NAMESPACES}>{children}</ClientMessages>;
}

import "server-only";
import { ZodError } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { AppError, DOMAIN_ERROR_MESSAGES, type DomainErrorCode } from "@/lib/errors";
import { ProfileNotFoundError } from "@/lib/profiles/errors";

export type ActionFailure =
  | { status: "refused"; code: DomainErrorCode; message: string }
  | { status: "unauthenticated" }
  | { status: "forbidden" }
  | { status: "not-found" }
  | { status: "bad-request" }
  | { status: "error" };

/**
 * The one boundary of every server action and mutating route handler: reads the session
 * (re-checked against the database), runs the service — which asks the policy — and maps
 * typed errors to results the UI turns into German messages. Details are logged, never shown.
 */
export async function runAction<T>(service: (actor: CurrentUser | null) => Promise<T>): Promise<T | ActionFailure> {
  const actor = await getCurrentUser();
  try {
    return await service(actor);
  } catch (error) {
    if (error instanceof ProfileNotFoundError) return { status: "not-found" };
    if (error instanceof AppError) {
      if (error.code === "unauthenticated" || error.code === "forbidden" || error.code === "not-found") return { status: error.code };
      if (error.code in DOMAIN_ERROR_MESSAGES) {
        return { status: "refused", code: error.code as DomainErrorCode, message: DOMAIN_ERROR_MESSAGES[error.code as DomainErrorCode] };
      }
      return { status: "error" };
    }
    if (error instanceof ZodError) return { status: "bad-request" };
    console.error("Server action failed", error);
    return { status: "error" };
  }
}

export const HTTP_STATUS_OF_FAILURE: Record<ActionFailure["status"], number> = {
  refused: 409,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  "bad-request": 400,
  error: 500,
};

export function isActionFailure(value: unknown): value is ActionFailure {
  return (
    typeof value === "object" &&
    value !== null &&
    "status" in value &&
    typeof value.status === "string" &&
    value.status in HTTP_STATUS_OF_FAILURE
  );
}

/**
 * Route handlers that change data must come from our own pages: server actions get Next's
 * Origin check, route handlers do not — so they call this first (CSRF protection).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

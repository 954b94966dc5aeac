/**
 * What a server action's request must look like before Next decodes it (issue 14, finding 9): Next answers
 * an unreadable body — text that is not the JSON array its client sends, form data that does not parse, a
 * content type no form sends — with a 500. The proxy refuses these with 400 or 415 instead. Whether the
 * decoded arguments fit is the action's own boundary's question (lib/actions/define-action.ts).
 *
 * No React and no database: the proxy imports this.
 */
const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];

/**
 * In a reply sent as one JSON text (React's encoding when no file is involved) strings starting with "$" are
 * either inline values ("$$" an escaped dollar, "$D" a date, "$n" a big integer, "$undefined", "$NaN",
 * "$Infinity", "$-Infinity", "$-0") or references to further parts, which only a multipart body carries:
 * Next would wait for them and fail with a 500 ("Connection closed").
 */
const INLINE_REPLY_VALUE = /^\$(?:\$|D|n|undefined$|NaN$|Infinity$|-Infinity$|-0$)/;

function refersToMissingParts(value: unknown): boolean {
  if (typeof value === "string") return value.startsWith("$") && !INLINE_REPLY_VALUE.test(value);
  if (Array.isArray(value)) return value.some(refersToMissingParts);
  if (value && typeof value === "object") return Object.values(value).some(refersToMissingParts);
  return false;
}

export interface ActionRequestRefusal {
  status: 400 | 415;
  /** the message's key in the catalogue (namespace Refusals, lib/security/refusal-text.ts) */
  reason: "malformed" | "malformedForm" | "unsupportedType";
}

/** Whether a POST to a page is a server action: called from JavaScript (header) or a form sent without it. */
function isActionPost(request: Request, mediaType: string): boolean {
  return request.method === "POST" && (request.headers.has("next-action") || FORM_TYPES.includes(mediaType));
}

export async function refuseMalformedActionRequest(request: Request): Promise<ActionRequestRefusal | null> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!isActionPost(request, mediaType)) return null;
  if (mediaType === "text/plain" || (mediaType === "" && request.headers.has("next-action"))) {
    // The client sends the arguments as a JSON array (React's reply encoding).
    const text = await request.clone().text();
    try {
      const reply: unknown = JSON.parse(text);
      if (Array.isArray(reply) && !refersToMissingParts(reply)) return null;
    } catch {
      // refused below
    }
    return { status: 400, reason: "malformed" };
  }
  if (FORM_TYPES.includes(mediaType)) {
    try {
      await request.clone().formData();
      return null;
    } catch {
      return { status: 400, reason: "malformedForm" };
    }
  }
  return { status: 415, reason: "unsupportedType" };
}

import { csvStream } from "@/lib/api/downloads";
import { downloadResponse } from "@/lib/api/download-response";

/** Public by design: every published Steckbrief (or a search's hits) as CSV, streamed. */
export const GET = downloadResponse("csv", csvStream);

import { jsonStream } from "@/lib/api/downloads";
import { downloadResponse } from "@/lib/api/download-response";

/** Public by design: every published Steckbrief (or a search's hits) as one JSON file, streamed. */
export const GET = downloadResponse("json", jsonStream);

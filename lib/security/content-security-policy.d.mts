/** Types of content-security-policy.mjs (plain JavaScript, shared with the cache handler). */
export function tileSource(configured?: string): string;
export function pagePolicy(options: { scriptSources: string[]; dev?: boolean; tiles?: string }): string;
export const API_POLICY: string;
export function inlineScriptHashes(html: string): Promise<string[]>;

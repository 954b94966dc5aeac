export function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv };
export function pgClientUrl(url: string): string;

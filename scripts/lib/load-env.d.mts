export function loadEnvFiles(options?: { dev?: boolean }): void;

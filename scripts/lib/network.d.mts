export function freePort(): Promise<number>;
export function redisAnswers(url: string): Promise<boolean>;

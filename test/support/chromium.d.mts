export const CHROME_FLAGS: string[];
export const CHROME_HELP: string;
export function chromePath(): string | undefined;

// Types for e2ePort.mjs, so playwright.config.ts can import it under strict TypeScript.
export declare const FIRST_PORT: number;
export declare function firstFree(ports: number[]): number | null;
export declare function e2ePort(env?: NodeJS.ProcessEnv): { port: number; reuse: boolean };

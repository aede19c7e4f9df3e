// Types for chromiumPath.mjs, so playwright.config.ts can import it under strict TypeScript.
export declare const NO_CHROMIUM_MESSAGE: string;
export declare const SYSTEM_CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export type ChromiumResolution =
  | { ok: true; executablePath: string; source: 'env' | 'playwright' | 'system' }
  | { ok: false; message: string };
export declare function resolveChromium(env?: NodeJS.ProcessEnv): ChromiumResolution;

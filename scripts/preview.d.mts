// Types for preview.mjs, so bench/ui.ts can import it under strict TypeScript.
import type { ChildProcess } from 'node:child_process';
export declare const ROOT: string;
export declare function buildApp(): Promise<void>;
export declare function freePort(): Promise<number>;
export declare function startPreview(port: number): Promise<ChildProcess>;

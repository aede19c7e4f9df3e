import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// base './' makes the built site work from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    environment: 'node',
    // A timeout here only catches a hang, never a slow machine: on a loaded 2-core machine a test
    // that takes 2 s alone can take ten times that, so Vitest's default 5 s would make the suite
    // depend on how busy the machine is.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});

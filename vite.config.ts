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
  },
});

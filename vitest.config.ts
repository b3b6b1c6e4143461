import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^gme-result\/policies$/, replacement: here('./policies/index.ts') },
      { find: /^gme-result\/testing$/, replacement: here('./src/testing/index.ts') },
      { find: /^gme-result\/otel$/, replacement: here('./src/otel/index.ts') },
      { find: /^gme-result\/fleet$/, replacement: here('./src/fleet/index.ts') },
      { find: /^gme-result$/, replacement: here('./src/index.ts') },
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'policies/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/*.test-d.ts'],
      thresholds: { lines: 90 },
    },
  },
});

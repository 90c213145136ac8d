/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests run in Node against the pure engines, schemas and stores; component tests
// (*.test.tsx) opt into a DOM with `// @vitest-environment happy-dom`.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});

// Unit tests: shared/ and the Node core run in Node; renderer tests opt into jsdom with a
// `// @vitest-environment jsdom` line at the top of the file.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
  },
});

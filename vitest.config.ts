import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      { extends: true, test: { name: 'core', include: ['test/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'react',
          include: ['test/react/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/react/setup.ts'],
        },
      },
    ],
  },
});

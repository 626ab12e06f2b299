import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A relative base, so that dist/ works from any folder or static host.
export default defineConfig({
  base: './',
  plugins: [react()],
});

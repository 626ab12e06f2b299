import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // This folder is its own project: without this, Next picks the kit's lockfile two levels up as the root.
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;

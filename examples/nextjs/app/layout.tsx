import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'readiness-kit/styles.css';

export const metadata: Metadata = {
  title: 'Social-media readiness check',
};

/** The page shell: the kit's stylesheet is imported once, here. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

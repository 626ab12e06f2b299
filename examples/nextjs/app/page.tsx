import { ReadinessCheck } from './ReadinessCheck';

/** A server component: the page around the wizard renders on the server and ships no JavaScript. */
export default function HomePage() {
  return (
    <main>
      <h1>How B2B-ready is your social media?</h1>
      <p>About forty questions. Your answers stay in your browser.</p>
      <ReadinessCheck />
    </main>
  );
}

/** The one jsdom export the bench uses (jsdom ships no types; @types/jsdom would be another dependency for one class). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string; pretendToBeVisual?: boolean });
    readonly window: unknown;
  }
}

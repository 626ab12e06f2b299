/** The kit's built stylesheet (dist/styles.css) as text, inlined by the embed build (tsup.embed.config.ts). */
declare module 'virtual:readiness-kit-styles' {
  const css: string;
  export default css;
}

// @11ty/eleventy publishes no type declarations; we use its constructor, write(), toJSON(), watch() and serve().
declare module '@11ty/eleventy' {
  const Eleventy: unknown;
  export default Eleventy;
}

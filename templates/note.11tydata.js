// Functions instead of front-matter strings: Eleventy would compile a Nunjucks template per page for those.
export default {
  permalink: (data) => data.note.permalink,
  eleventyComputed: { pageTitle: (data) => data.note.title },
};

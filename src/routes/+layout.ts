// A client-side app: the shell is prerendered, every page renders in the browser from DuckDB.
export const ssr = false;
export const prerender = true;

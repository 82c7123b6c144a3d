import type { PageLoad } from './$types';

// Alliance ids come from the registry at run time (a person can add one), so this page is never
// prerendered: the app's fallback page serves it.
export const prerender = false;

export const load: PageLoad = ({ params }) => ({ id: params.id });

// Nabuur is a single-page app: everything renders in the browser from data on this device, so
// there is nothing to render on a server, and one shell page serves every route offline.
export const ssr = false;
export const prerender = false;

/** Where the deploy configurations live in the repository (relative to its root). */
export const HEADERS_FILE = 'public/_headers';
export const NGINX_FILE = 'deploy/nginx.conf';

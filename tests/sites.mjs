// The two builds the end-to-end tests run against: one at the root, one under a sub-path.
export const SUBPATH = '/sub/path/';
export const ROOT_PORT = 4400;
export const SUBPATH_PORT = 4401;
export const SUBPATH_OUT_DIR = 'dist-subpath';

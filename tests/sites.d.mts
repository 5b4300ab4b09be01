export declare const SUBPATH: string;
export declare const ROOT_PORT: number;
export declare const SUBPATH_PORT: number;
export declare const SUBPATH_OUT_DIR: string;
export declare const SUBPATH_SITE_URL: string;

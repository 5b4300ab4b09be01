export declare const SHARED_DIR: string;
export declare const OVERLAP_TOOL: string;
export declare const GUIDE: string;
export declare function sharedMissing(file: string): string | undefined;

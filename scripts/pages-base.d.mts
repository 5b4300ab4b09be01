export declare function pagesAddress(repository: string): { base: string; siteUrl: string };

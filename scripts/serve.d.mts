import type { Server } from 'node:http';
export declare function serve(dir: string, port: number | string, base?: string): Promise<Server>;

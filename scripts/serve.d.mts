import type { Server } from 'node:http';
export declare function serve(
  dir: string,
  port: number | string,
  base?: string,
  options?: { gzip?: boolean },
): Promise<Server>;

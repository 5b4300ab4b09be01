/**
 * Checks stage bodies off the main thread (see `checkContentInBackground`): parsing every body is the
 * slowest content check, and Astro spends about as long starting Vite and syncing content meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkBodies, type BodyStage } from '../content/checks/body-checks.ts';

parentPort?.postMessage(checkBodies(workerData as BodyStage[]));

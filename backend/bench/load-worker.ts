import { parentPort, Worker, workerData } from 'node:worker_threads';
import { type LoadJob, type LoadResult, runLoad } from './load';

/**
 * The load runs in a worker thread so that sending requests and timing them never waits for
 * the app, which serves them on the main thread.
 */
export function runLoadInWorker(job: LoadJob): { result: Promise<LoadResult>; stop(): void } {
  const worker = new Worker(__filename, { workerData: job });
  const result = new Promise<LoadResult>((resolve, reject) => {
    worker.once('message', (message: LoadResult) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Load worker stopped (exit code ${code})`)));
  });
  return { result, stop: () => void worker.terminate() };
}

if (parentPort) {
  const port = parentPort;
  // A rejection is unhandled here on purpose: it ends the worker with an 'error' event.
  void runLoad(workerData as LoadJob).then((result) =>
    port.postMessage(result, [result.latencies.buffer as ArrayBuffer]),
  );
}

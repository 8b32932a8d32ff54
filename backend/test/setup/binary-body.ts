import type { Stream } from 'node:stream';

/** A supertest parser that keeps a download's bytes as one Buffer (PDF, XLSX, images). */
export const binaryBody = (res: Stream, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

/**
 * Frees ArrayBuffers now, without a garbage collection: V8 frees an unreachable ArrayBuffer's
 * memory only when it collects the old generation, which a run's small allocations bring late
 * (60 M rows: RSS climbed ~200 MiB through finishRoll and the manifests with the released NIK
 * table still resident, and that was the run's peak). A buffer transferred in a message detaches
 * at once; a message posted to a port whose other end is closed is dropped at once, and with it
 * the only hold on the memory. Any view of these buffers reads as empty afterwards.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';

let closed: MessagePort | null = null;

/** A port whose other end is closed: set up on first use, before anything is to be freed. */
async function deadEnd(): Promise<MessagePort> {
  if (closed === null) {
    const { port1, port2 } = new MessageChannel();
    port1.unref();
    await new Promise<void>((resolve) => {
      port2.once('close', () => resolve());
      port2.close();
    });
    closed = port1;
  }
  return closed;
}

/** Makes freeBuffers ready to free synchronously (closing a port takes a turn of the event loop). */
export async function prepareFreeing(): Promise<void> {
  await deadEnd();
}

/**
 * Frees the buffers' memory now when prepareFreeing has run; otherwise they are left to the
 * garbage collector, as before. Empty or already detached buffers, and repeats, are skipped.
 */
export function freeBuffers(buffers: readonly ArrayBuffer[]): void {
  if (closed === null) return;
  const list = [...new Set(buffers)].filter((b) => b.byteLength > 0);
  if (list.length > 0) closed.postMessage(null, list);
}

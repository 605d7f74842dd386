import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ZlibOptions } from 'node:zlib';
import { TextChunks, writeAll } from '../writeChunks';

/** A written file's size and SHA-256, taken while it was written (never read back). */
export interface Written {
  bytes: number;
  sha256: string;
}

/** A file written in chunks and hashed as it goes. */
export class FileSink {
  private readonly fd: number;
  private readonly hash = createHash('sha256');
  private bytes = 0;
  readonly text = new TextChunks((chunk) => this.put(chunk));
  constructor(file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  put(chunk: Uint8Array): void {
    writeAll(this.fd, chunk);
    this.hash.update(chunk);
    this.bytes += chunk.length;
  }

  close(): Written {
    this.text.flush();
    fs.closeSync(this.fd);
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}

// Not `new URL('./packWorker.mjs', import.meta.url)`: Vite would copy the worker into the site when a page imports this module.
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'packWorker.mjs');
/** How long the stage waits for its helper thread before it gives up (the thread writes at most a few files). */
const WAIT_MS = 10 * 60_000;

/** The helper thread (packWorker.mjs) running one job; `wait()` blocks until it is done and returns each file it wrote. */
export class PackThread {
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  constructor(job: Record<string, unknown>, transfer: ArrayBuffer[] = []) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER, { workerData: { flag: this.flag, port: port2, job }, transferList: [port2, ...transfer] as never });
    // The main thread waits on the flag, never on the event loop: a build that stops early must not be held open by the thread.
    this.worker.unref();
  }

  post(message: Record<string, unknown>, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  /** Synchronous on purpose: the prepare stage is synchronous, and the main thread has finished its own share by now. */
  wait(): Record<string, Written> {
    const started = Date.now();
    while (Atomics.load(this.flag, 0) === 0) {
      if (Date.now() - started > WAIT_MS) throw new Error(`open data: the helper thread ${WORKER} did not finish in ${WAIT_MS / 1000} s`);
      Atomics.wait(this.flag, 0, 0, 1000);
    }
    const reply = receiveMessageOnPort(this.port)?.message as { results?: Record<string, Written>; error?: string } | undefined;
    void this.worker.terminate();
    if (!reply?.results) throw new Error(`open data: the helper thread failed: ${reply?.error ?? 'no answer'}`);
    return reply.results;
  }
}

/** At most this much text waits for the gzip thread (kilobytes): it keeps the stage's peak memory within its 1 GB budget. */
const MAX_PENDING_KB = 32 * 1024;

/** Gzip streams written by a helper thread: each `open()` gives the text sink of one `.gz` file. */
export class GzipThread {
  /** Kilobytes handed to the thread and not yet compressed: the thread lowers it, this thread waits when it is too high. */
  private readonly pending = new Int32Array(new SharedArrayBuffer(4));
  private readonly thread = new PackThread({ kind: 'gzip', pending: this.pending });
  private next = 0;

  open(file: string, options: ZlibOptions): { text: TextChunks; end: () => void } {
    const id = this.next++;
    this.thread.post({ op: 'open', id, file, options });
    const text = new TextChunks((bytes) => {
      // A chunk of a megabyte owns its memory, so it moves to the thread without a copy; a small one from Node's pool is copied first.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
      // Back-pressure: the text waits here rather than pile up in memory when the thread compresses more slowly than this one writes.
      while (Atomics.load(this.pending, 0) > MAX_PENDING_KB) Atomics.wait(this.pending, 0, Atomics.load(this.pending, 0), 100);
      Atomics.add(this.pending, 0, Math.ceil(own.byteLength / 1024));
      this.thread.post({ op: 'data', id, bytes: own.buffer }, [own.buffer as ArrayBuffer]);
    });
    return { text, end: () => { text.flush(); this.thread.post({ op: 'end', id }); } };
  }

  wait(): Record<string, Written> {
    this.thread.post({ op: 'finish' });
    return this.thread.wait();
  }
}

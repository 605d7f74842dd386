// The open-data stage's helper thread (packing.ts): gzips streams of bytes into files off the main thread, hashing each
// file as it is written. Plain JavaScript so that it starts under tsx, vitest and Node alike.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import zlib from 'node:zlib';

const { flag, port, job } = workerData;
const done = (message) => {
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
};

/** Writes bytes to a file while hashing them; resolves to the file's size and SHA-256. */
function fileOut(file) {
  const fd = fs.openSync(file, 'w');
  const hash = createHash('sha256');
  let bytes = 0;
  return {
    write(chunk) {
      for (let at = 0; at < chunk.length;) at += fs.writeSync(fd, chunk, at, chunk.length - at);
      hash.update(chunk);
      bytes += chunk.length;
    },
    close() {
      fs.closeSync(fd);
      return { bytes, sha256: hash.digest('hex') };
    },
  };
}

/** Gzip streams: `open` (id, file, options), `data` (id, bytes), `end` (id), then `finish` once every stream was opened and ended. */
function gzip() {
  return new Promise((resolve, reject) => {
    const streams = new Map();
    const results = {};
    let finishing = false;
    const settle = () => {
      if (finishing && streams.size === 0) resolve(results);
    };
    parentPort.on('message', (message) => {
      if (message.op === 'open') {
        const out = fileOut(message.file);
        const stream = zlib.createGzip(message.options);
        stream.on('data', (chunk) => out.write(chunk));
        stream.on('error', reject);
        stream.on('end', () => {
          results[message.file] = out.close();
          streams.delete(message.id);
          settle();
        });
        streams.set(message.id, stream);
      } else if (message.op === 'data') {
        const chunk = Buffer.from(message.bytes);
        // Once compressed, the chunk no longer waits: the main thread may hand on more (packing.ts GzipThread).
        streams.get(message.id).write(chunk, () => {
          Atomics.sub(job.pending, 0, Math.ceil(chunk.length / 1024));
          Atomics.notify(job.pending, 0);
        });
      } else if (message.op === 'end') streams.get(message.id).end();
      else if (message.op === 'finish') {
        finishing = true;
        settle();
      }
    });
  });
}

try {
  done({ results: await gzip() });
} catch (error) {
  done({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}

// Optional virus scanning with ClamAV (clamd's INSTREAM command over TCP), when CLAMAV_URL is set.
import { createReadStream } from 'node:fs';
import net from 'node:net';

export type ScanVerdict = { clean: true } | { clean: false; signature: string };

/** Streams `file` to clamd at `url` (tcp://host:port) and returns its verdict. */
export async function scanWithClamav(url: string, file: string, timeoutMs = 30_000): Promise<ScanVerdict> {
  const { hostname, port } = new URL(url);
  return new Promise<ScanVerdict>((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port || 3310) });
    let answer = '';
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('clamd timed out')));
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
    });
    socket.on('close', () => {
      const reply = answer.replace(/\0/g, '').trim();
      if (/^stream: OK$/.test(reply)) resolve({ clean: true });
      else if (/FOUND$/.test(reply))
        resolve({ clean: false, signature: reply.replace(/^stream: /, '').replace(/ FOUND$/, '') });
      else reject(new Error(`unexpected clamd reply: ${reply}`));
    });
    socket.on('connect', () => {
      socket.write('zINSTREAM\0');
      const stream = createReadStream(file, { highWaterMark: 64 * 1024 });
      stream.on('data', (chunk) => {
        const size = Buffer.alloc(4);
        size.writeUInt32BE((chunk as Buffer).length);
        socket.write(size);
        socket.write(chunk);
      });
      stream.on('end', () => socket.write(Buffer.alloc(4)));
      stream.on('error', (error) => socket.destroy(error));
    });
  });
}

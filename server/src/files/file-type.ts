// What a file really is, sniffed from its content (never from its name or the client's claim), and
// whether it is on the allow-list: pdf, images, office documents, text, csv, zip.
import { open } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';

const ALLOWED = new Map<string, string>([
  ['application/pdf', 'pdf'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/gif', 'gif'],
  ['image/webp', 'webp'],
  ['image/tiff', 'tif'],
  ['image/heic', 'heic'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
  ['application/vnd.oasis.opendocument.text', 'odt'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
  ['application/vnd.oasis.opendocument.presentation', 'odp'],
  ['application/x-cfb', 'doc'], // legacy Word/Excel/PowerPoint (compound file)
  ['application/rtf', 'rtf'],
  ['application/zip', 'zip'],
]);

/** True when the first bytes look like UTF-8 (or plain ASCII) text: no NUL bytes, decodes cleanly. */
async function looksLikeText(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const sample = buffer.subarray(0, bytesRead);
    if (sample.includes(0)) return false;
    // A multi-byte character may be cut at the end of the sample: ignore the last three bytes.
    const decoded = new TextDecoder('utf-8', { fatal: false }).decode(
      sample.subarray(0, Math.max(0, bytesRead - 3)),
    );
    return !decoded.includes('\uFFFD');
  } finally {
    await handle.close();
  }
}

export interface SniffedType {
  contentType: string;
  allowed: boolean;
}

/** Sniffs `file`; text files are text/csv when named .csv, else text/plain. */
export async function sniffFileType(file: string, fileName: string): Promise<SniffedType> {
  const detected = await fileTypeFromFile(file);
  if (detected) return { contentType: detected.mime, allowed: ALLOWED.has(detected.mime) };
  if (await looksLikeText(file)) {
    return { contentType: /\.csv$/i.test(fileName) ? 'text/csv' : 'text/plain', allowed: true };
  }
  return { contentType: 'application/octet-stream', allowed: false };
}

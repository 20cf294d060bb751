// Attachments over HTTP: authenticated, CSRF-safe uploads with size and type limits (type sniffed from
// the content), an optional ClamAV scan, and downloads limited to those who may read the message.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../utils/graphql.js';
import {
  addConfirmedContact,
  download,
  key,
  SEND,
  sendWithAttachments,
  themeId,
  tinyPdf,
  upload,
} from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let member: string;
let stranger: string;

// A stand-in for clamd (outside this machine in production): answers INSTREAM like ClamAV does.
let clamd: net.Server;
let clamdPort = 0;
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

beforeAll(async () => {
  clamd = net.createServer((socket) => {
    let received = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      // Command, then length-prefixed chunks, ending with a zero length.
      if (received.subarray(-4).readUInt32BE(0) === 0) {
        const infected = received.includes(Buffer.from('EICAR-STANDARD-ANTIVIRUS-TEST-FILE'));
        socket.end(infected ? 'stream: Eicar-Test-Signature FOUND\0' : 'stream: OK\0');
      }
    });
  });
  await new Promise<void>((resolve) => clamd.listen(0, '127.0.0.1', resolve));
  clamdPort = (clamd.address() as net.AddressInfo).port;
  server = await startTestServer({
    UPLOAD_MAX_MB: '1',
    UPLOAD_MAX_FILES: '2',
    CLAMAV_URL: `tcp://127.0.0.1:${clamdPort}`,
  });
  member = await login(server.graphqlUrl, 'medewerker@delinde.example');
  stranger = await login(server.graphqlUrl, 'medewerker@zonnebloem.example');
  const admin = await login(server.graphqlUrl, 'beheerder@delinde.example');
  await addConfirmedContact(server.graphqlUrl, server.dbUrl, admin, {
    firstName: 'Jan',
    lastName: 'Janssens',
    email: 'jan@delinde.example',
    themes: ['SUB'],
  });
});

afterAll(() => new Promise<void>((resolve) => clamd.close(() => resolve())));

describe('uploads', () => {
  it('accepts allowed types, sniffed from the content, and keeps a checksum', async () => {
    const pdf = await upload(server.url, member, 'verslag.pdf', tinyPdf());
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({ contentType: 'application/pdf', sizeBytes: tinyPdf().length });
    expect(pdf.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const csv = await upload(server.url, member, 'lijst.csv', 'naam;aantal\nDe Linde;3\n');
    expect(csv.body.contentType).toBe('text/csv');
    // A PDF named .txt is still a PDF: the name does not decide.
    const disguised = await upload(server.url, member, 'notities.txt', tinyPdf());
    expect(disguised.body.contentType).toBe('application/pdf');
  });

  it('refuses executables and other types not on the allow-list, in the viewer language', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]);
    const result = await upload(server.url, member, 'rapport.pdf', elf);
    expect(result.status).toBe(415);
    expect(result.body.error?.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(result.body.error?.message).toMatch(/^Dit soort bestand kan niet als bijlage/);
  });

  it('refuses files over the size limit, empty files, and files without a name', async () => {
    const big = await upload(
      server.url,
      member,
      'groot.pdf',
      Buffer.concat([tinyPdf(), Buffer.alloc(1024 * 1024)]),
    );
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: 'Het bestand is te groot: hoogstens 1 MB per bestand.',
    });
    expect((await upload(server.url, member, 'leeg.txt', Buffer.alloc(0))).body.error?.code).toBe(
      'FILE_EMPTY',
    );
    expect((await upload(server.url, member, '', 'tekst')).body.error?.code).toBe('FILE_NAME_REQUIRED');
  });

  it('refuses anonymous uploads and requests a cross-site form could send (CSRF)', async () => {
    expect((await upload(server.url, undefined, 'a.txt', 'tekst')).status).toBe(401);
    const form = await fetch(`${server.url}/uploads?name=a.txt`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x', cookie: `loket_session=${member}` },
      body: '--x\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\n\r\ntekst\r\n--x--\r\n',
    });
    expect(form.status).toBe(415);
  });

  it('refuses a file the virus scanner flags', async () => {
    const infected = await upload(server.url, member, 'eicar.txt', EICAR);
    expect(infected.status).toBe(422);
    expect(infected.body.error?.code).toBe('FILE_INFECTED');
  });
});

describe('attaching and downloading', () => {
  it("refuses someone else's upload and more files than allowed", async () => {
    const theirs = await upload(server.url, stranger, 'van-zonnebloem.pdf', tinyPdf());
    const mine = await Promise.all(
      [1, 2, 3].map((i) => upload(server.url, member, `${i}.pdf`, tinyPdf(String(i)))),
    );
    const base = { themeId: themeId('SUB'), title: 'Bijlagen', body: 'Zie bijlagen' };
    const foreign = await gql(
      server.graphqlUrl,
      SEND,
      { input: { ...base, clientKey: key(), attachmentIds: [theirs.body.id] } },
      { token: member },
    );
    expect(foreign.data?.sendMessage.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['attachmentIds.0', 'ATTACHMENT_NOT_FOUND'],
    ]);
    const tooMany = await gql(
      server.graphqlUrl,
      SEND,
      { input: { ...base, clientKey: key(), attachmentIds: mine.map((m) => m.body.id) } },
      { token: member },
    );
    expect(tooMany.data?.sendMessage.errors).toEqual([
      { field: 'attachmentIds', code: 'TOO_MANY_ATTACHMENTS', message: 'Voeg hoogstens 2 bijlagen toe.' },
    ]);
  });

  it('downloads with a safe Content-Disposition for any name, only for readers of the message', async () => {
    const file = await upload(server.url, member, 'Verslag "juni" – één.pdf', tinyPdf('juni'));
    expect(file.body.fileName).toBe('Verslag juni – één.pdf');
    const traversal = await upload(server.url, member, '..\\..\\etc/passwd.txt', 'geen geheim');
    expect(traversal.body.fileName).toBe('passwd.txt');
    const sent = await sendWithAttachments(server.graphqlUrl, member, [file.body.id]);
    expect(sent.errors).toEqual([]);
    const colleague = await login(server.graphqlUrl, 'medewerkerplus@delinde.example');
    const response = await download(server.url, colleague, file.body.id);
    expect(response.status).toBe(200);
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''/);
    expect(disposition).not.toMatch(/[/\\]/);
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    await response.arrayBuffer();
    expect(
      (
        await fetch(`${server.url}/attachments/${file.body.id}`, {
          headers: { authorization: `Bearer ${stranger}` },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await fetch(`${server.url}/attachments/not-a-uuid`, {
          headers: { authorization: `Bearer ${member}` },
        })
      ).status,
    ).toBe(404);
  });

  it('keeps an unsent upload private to its uploader, even within the organisation', async () => {
    const draft = await upload(server.url, member, 'concept.pdf', tinyPdf('concept'));
    const own = await fetch(`${server.url}/attachments/${draft.body.id}`, {
      headers: { authorization: `Bearer ${member}` },
    });
    expect(own.status).toBe(200);
    await own.arrayBuffer();
    const colleague = await login(server.graphqlUrl, 'beheerder@delinde.example');
    const theirs = await fetch(`${server.url}/attachments/${draft.body.id}`, {
      headers: { authorization: `Bearer ${colleague}` },
    });
    expect(theirs.status).toBe(404);
  });
});

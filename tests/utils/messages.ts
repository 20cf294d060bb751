// Test helpers for the Berichtenmodule: confirmed contact persons, sending, uploading.
import { randomUUID } from 'node:crypto';
import { DEMO_THEMES } from '../../server/src/seed/demo.js';
import { graphql } from '../graphql/generated/gql.js';
import { gql } from './graphql.js';
import { linkIn, outbox, tokenOf } from './mailbox.js';

export const themeId = (code: string) => {
  const theme = DEMO_THEMES.find((t) => t.code === code);
  if (!theme) throw new Error(`no theme ${code}`);
  return theme.id;
};

/** An ADMIN adds a contact person for `themeCodes`; the contact confirms through the mailed link. */
export async function addConfirmedContact(
  url: string,
  dbUrl: string,
  adminToken: string,
  contact: { firstName: string; lastName: string; email: string; themes: string[]; language?: 'nl' | 'en' },
): Promise<string> {
  const added = await gql(
    url,
    graphql(`
      mutation TestAddContactPerson($input: AddContactPersonInput!) {
        addContactPerson(input: $input) { contactPerson { id } errors { field code } }
      }
    `),
    {
      input: {
        firstName: contact.firstName,
        lastName: contact.lastName,
        email: contact.email,
        language: contact.language ?? 'nl',
        themeIds: contact.themes.map(themeId),
      },
    },
    { token: adminToken },
  );
  const id = added.data?.addContactPerson.contactPerson?.id;
  if (!id) throw new Error(`contact not added: ${JSON.stringify(added.data ?? added.errors)}`);
  const mail = (await outbox(dbUrl, contact.email)).at(-1);
  if (!mail) throw new Error('no confirmation mail');
  const token = tokenOf(linkIn(mail, 'http://loket.test/confirm-contact?token='));
  const confirmed = await gql(
    url,
    graphql(`
      mutation TestConfirmContactPerson($t: String!) {
        confirmContactPerson(token: $t) { status }
      }
    `),
    { t: token },
  );
  if (confirmed.data?.confirmContactPerson.status !== 'CONFIRMED') throw new Error('contact not confirmed');
  return id;
}

export const SEND = graphql(`
  mutation TestSendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id referenceNumber direction title }
      recipient { kind name }
      errors { field code message }
      privacyWarnings { kind field masked message }
    }
  }
`);

export const REPLY = graphql(`
  mutation TestReplyToThread($input: ReplyInput!) {
    replyToThread(input: $input) {
      message { id referenceNumber direction body }
      recipient { kind name }
      errors { field code message }
      privacyWarnings { kind field masked message }
    }
  }
`);

export const STAFF_SEND = graphql(`
  mutation TestSendMessageToOrganisation($input: StaffSendMessageInput!) {
    sendMessageToOrganisation(input: $input) {
      message { id referenceNumber direction title }
      recipient { kind name }
      errors { field code message }
      privacyWarnings { kind }
    }
  }
`);

export const key = () => randomUUID();

/** POST /uploads's answer: the stored file (201) or why it was refused. */
export interface UploadAnswer {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  error?: { code: string; message: string };
}

/** Uploads `content` as `name` through POST /uploads; returns the JSON answer and status. */
export async function upload(
  baseUrl: string,
  token: string | undefined,
  name: string,
  content: Buffer | string,
) {
  const response = await fetch(`${baseUrl}/uploads?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: typeof content === 'string' ? Buffer.from(content) : content,
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer };
}

/** Sends a new 'Subsidies' message with these attachments as `token`'s user; returns sendMessage's answer. */
export async function sendWithAttachments(graphqlUrl: string, token: string, attachmentIds: string[]) {
  const sent = await gql(
    graphqlUrl,
    SEND,
    {
      input: {
        themeId: themeId('SUB'),
        title: 'Verslag',
        body: 'In bijlage',
        clientKey: key(),
        attachmentIds,
      },
    },
    { token },
  );
  const payload = sent.data?.sendMessage;
  if (!payload) throw new Error(`sendMessage failed: ${JSON.stringify(sent.errors)}`);
  return payload;
}

/** GET /attachments/:id as `token`'s user. */
export function download(baseUrl: string, token: string, attachmentId: string): Promise<Response> {
  return fetch(`${baseUrl}/attachments/${attachmentId}`, { headers: { authorization: `Bearer ${token}` } });
}

/** A minimal but real PDF document. */
export function tinyPdf(text = 'Loket'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

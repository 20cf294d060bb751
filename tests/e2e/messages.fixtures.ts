// Arranging the Berichtenmodule for the browser tests through the real API: confirmed contact persons
// (confirmed through the link in the mail, which points at the web here), the department's messages,
// and waiting until the page's live connection is up.
import type { Page } from 'playwright-core';
import { DEMO_ORGANISATIONS } from '../../server/src/seed/demo.js';
import { gql } from '../utils/graphql.js';
import { linkIn, outbox, tokenOf } from '../utils/mailbox.js';
import { key, STAFF_SEND, themeId, tinyPdf, upload } from '../utils/messages.js';
import type { Stack } from './setup/stack.js';

export const LINDE = (DEMO_ORGANISATIONS[0] as { id: string }).id;
export const ZONNEBLOEM = (DEMO_ORGANISATIONS[1] as { id: string }).id;

/** An ADMIN adds a contact for `themes`; the contact confirms through the mailed link. */
export async function confirmedContact(
  stack: Stack,
  adminToken: string,
  contact: { firstName: string; lastName: string; email: string; themes: string[] },
): Promise<string> {
  const added = await gql(
    stack.api.graphqlUrl,
    `mutation($input: AddContactPersonInput!) { addContactPerson(input: $input) { contactPerson { id } errors { field code } } }`,
    {
      input: {
        firstName: contact.firstName,
        lastName: contact.lastName,
        email: contact.email,
        themeIds: contact.themes.map(themeId),
      },
    },
    { token: adminToken },
  );
  const id = added.data?.addContactPerson.contactPerson?.id as string | undefined;
  if (!id) throw new Error(`contact not added: ${JSON.stringify(added.data ?? added.errors)}`);
  const mail = (await outbox(stack.api.dbUrl, contact.email)).at(-1);
  if (!mail) throw new Error('no confirmation mail');
  const token = tokenOf(linkIn(mail, `${stack.baseUrl}/confirm-contact?token=`));
  const confirmed = await gql(
    stack.api.graphqlUrl,
    'mutation($t: String!) { confirmContactPerson(token: $t) { status } }',
    { t: token },
  );
  if (confirmed.data?.confirmContactPerson.status !== 'CONFIRMED') throw new Error('contact not confirmed');
  return id;
}

/** The department writes to an organisation; returns the message's id and reference number. */
export async function departmentSends(
  stack: Stack,
  staffToken: string,
  input: { organisationId: string; theme: string; title: string; body: string; attachment?: string },
): Promise<{ id: string; referenceNumber: string }> {
  const attachmentIds: string[] = [];
  if (input.attachment) {
    const file = await upload(stack.api.url, staffToken, input.attachment, tinyPdf(input.title));
    attachmentIds.push(file.body.id as string);
  }
  const sent = await gql(
    stack.api.graphqlUrl,
    STAFF_SEND,
    {
      input: {
        clientKey: key(),
        organisationId: input.organisationId,
        themeId: themeId(input.theme),
        title: input.title,
        body: input.body,
        attachmentIds,
        acknowledgePrivacyWarning: true,
      },
    },
    { token: staffToken },
  );
  const message = sent.data?.sendMessageToOrganisation.message;
  if (!message) throw new Error(`not sent: ${JSON.stringify(sent.data ?? sent.errors)}`);
  return message as { id: string; referenceNumber: string };
}

/** Waits until the web proxies at least `count` live connections (the page's graphql-ws is up). */
export async function liveConnected(stack: Stack, count = 1, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (stack.web.liveConnections() < count) {
    if (Date.now() > deadline) throw new Error('no live connection');
    await new Promise((r) => setTimeout(r, 50));
  }
  // The subscriptions are sent right after connection_ack: give them a moment to register.
  await new Promise((r) => setTimeout(r, 300));
}

/** The text of the page's aria-live region once it says something containing `text`. */
export async function announced(page: Page, text: string) {
  await page.locator('.live-status', { hasText: text }).waitFor({ timeout: 10_000 });
}

/** A real PDF of about `kib` KiB (padding after the end marker), for watching an upload's progress. */
export function paddedPdf(kib: number): Buffer {
  return Buffer.concat([tinyPdf('groot'), Buffer.alloc(kib * 1024, 0x20)]);
}

/** Elements sticking out to the right at a phone's width (the page would scroll sideways). */
export async function overflowAt375(page: Page): Promise<string[]> {
  const original = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.setViewportSize({ width: 375, height: 900 });
  const offenders = (await page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1 && !el.closest('.visually-hidden')) {
        const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ').join('.') : '');
        out.push(name + ' right=' + Math.round(box.right));
      }
    }
    return out.slice(0, 10);
  })()`)) as string[];
  await page.setViewportSize(original);
  return offenders;
}

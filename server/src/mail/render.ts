// Building blocks for mail templates: HTML escaping and one sober layout for text and HTML.
import type { Language } from '../i18n/language.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A mail's content: paragraphs of plain text, an optional call to action, and a closing line. */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Lines shown as a list, e.g. the fields that changed. */
  list?: string[];
  footer: string;
}

const signature: Record<Language, string> = {
  nl: 'Met vriendelijke groeten,\nHet e-loket',
  en: 'Kind regards,\nThe e-loket',
};

/** Renders text and HTML from the same content; every value is escaped in the HTML version. */
export function renderMail(lang: Language, content: MailContent): RenderedMail {
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.list ? [...content.list.map((l) => `- ${l}`), ''] : []),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    content.footer,
    '',
    signature[lang],
  ].join('\n');
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;border-radius:6px">
${p(content.greeting)}
${content.paragraphs.map(p).join('\n')}
${content.list ? `<ul>${content.list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : ''}
${
  content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#0b5cad;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#4a5360">${escapeHtml(content.action.url)}</p>`
    : ''
}
${p(content.footer)}
${p(signature[lang])}
</div></body></html>`;
  return { subject: content.subject, text, html };
}

// A message body as it was written: plain text, line breaks kept (CSS pre-wrap), web and e-mail addresses
// made into links that open safely (http, https and mailto only). Never rendered as HTML: React escapes
// every piece.
import { Fragment } from 'react';

// An address with a scheme, one starting with www., or an e-mail address.
const LINK =
  /\bhttps?:\/\/[^\s<>"']+|\bwww\.[^\s<>"']+\.[^\s<>"']+|[^\s<>"'():;,]+@[^\s<>"'():;,]+\.[a-z]{2,}\b/gi;
// Punctuation that ends a sentence rather than the address.
const TRAILING = /[.,;:!?'"\]]+$/;

interface Part {
  href?: string;
  value: string;
}

/** Splits a text into plain pieces and links. */
function linkify(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    let value = match[0].replace(TRAILING, '');
    // A closing parenthesis belongs to the address only when it opened one too.
    while (value.endsWith(')') && (value.match(/\(/g)?.length ?? 0) < (value.match(/\)/g)?.length ?? 0))
      value = value.slice(0, -1);
    if (start > last) parts.push({ value: text.slice(last, start) });
    const href =
      value.includes('@') && !/^https?:|^www\./i.test(value)
        ? `mailto:${value}`
        : /^www\./i.test(value)
          ? `https://${value}`
          : value;
    parts.push({ value, href });
    last = start + value.length;
  }
  if (last < text.length) parts.push({ value: text.slice(last) });
  return parts;
}

export function PlainText({ text, className }: { text: string; className?: string }) {
  return (
    <div className={`plain-text${className ? ` ${className}` : ''}`}>
      {linkify(text).map((part, index) =>
        part.href ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
          <a key={index} href={part.href} rel="noopener noreferrer nofollow ugc">
            {part.value}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
          <Fragment key={index}>{part.value}</Fragment>
        ),
      )}
    </div>
  );
}

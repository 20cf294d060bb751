// An email address that may wrap only after '@' and '.' (and at its hyphens), never mid-word: a long
// address in a narrow column or a phone's card breaks as 'marie-jeanne.|vandenbroucke@|wzc-delinde.be'.
import { Fragment } from 'react';

/** The address split after each '@' and '.', the places where a line may end. */
function emailParts(address: string): string[] {
  return address.split(/(?<=[@.])/);
}

export function EmailAddress({ address, link = false }: { address: string; link?: boolean }) {
  const parts = emailParts(address).map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, never reordered
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ));
  return link ? (
    <a href={`mailto:${address}`} className="email-address">
      {parts}
    </a>
  ) : (
    <span className="email-address">{parts}</span>
  );
}

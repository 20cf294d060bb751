// An Atom feed (RFC 4287) of the news and outages, written by hand: a few elements, every text escaped.
export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  updated: string;
  summary: string;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );

/** The feed document; `entries` newest first. */
export function atomFeed(feed: { id: string; title: string; link: string; entries: FeedEntry[] }): string {
  // Entries come newest first: the feed was updated when its first entry was.
  const updated = feed.entries[0]?.updated ?? new Date(0).toISOString();
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
    <updated>${escapeXml(e.updated)}</updated>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.id)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.link)}"/>
  <updated>${updated}</updated>
  <author><name>e-loket</name></author>
${entries.join('\n')}
</feed>
`;
}

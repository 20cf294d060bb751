// Markdown of articles and news as safe HTML. micromark's defaults are what keep it safe: raw HTML in the
// source is escaped (never passed through), and a link or image whose protocol is not http(s), mailto or
// relative (javascript:, data:, vbscript:...) loses its address. No option here may turn either off.
import { micromark } from 'micromark';

export function markdownToHtml(markdown: string): string {
  return micromark(markdown);
}

const SUMMARY_LENGTH = 200;

/** The opening of a Markdown text as plain text (links keep their words), for lists and feeds. */
export function markdownSummary(markdown: string): string {
  const text = markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>~|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= SUMMARY_LENGTH ? text : `${text.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`;
}

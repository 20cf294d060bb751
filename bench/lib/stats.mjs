// Small statistics and formatting helpers for the results.

/** The q-quantile (0..1) of sorted numbers, nearest rank; null when empty. */
export function percentile(sorted, q) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function median(values) {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value, digits = 1) => (value == null ? '–' : `${Number(value).toFixed(digits)} ms`);
export const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '–');

/** A Markdown table. */
export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

// Command-line options: `--name value`, `--name=value` and bare `--flag` (true).

/** @returns {Record<string, string | true>} */
export function parseArgs(argv = process.argv.slice(2)) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument: ${arg}`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s);
    if (inline !== undefined) options[name] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) options[name] = argv[++i];
    else options[name] = true;
  }
  return options;
}

/** A count like 1000000, 1_000_000, 1e6, 100k or 10M. */
export function count(value, fallback) {
  if (value === undefined || value === true) return fallback;
  const m = /^([\d._]+(?:e\d+)?)([kKmM]?)$/.exec(String(value));
  if (!m) throw new Error(`not a count: ${value}`);
  const n = Number(m[1].replace(/_/g, ''));
  const factor = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[m[2]];
  return Math.round(n * factor);
}

/** 100000 -> "100k", 1000000 -> "1M". */
export function short(n) {
  if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6}M`;
  if (n >= 1e3 && n % 1e3 === 0) return `${n / 1e3}k`;
  return String(n);
}

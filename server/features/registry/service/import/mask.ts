/**
 * Masks runs of eight or more digits, keeping the first four: a NIK, NIP or phone number copied
 * into the import report shows no more than its first four digits. With `spaced`, digits
 * separated by single spaces count as one run ("NIP. 19700101 199303 1 005" → "NIP. 1970•••…").
 */
export function maskDigitRuns(text: string, o: { spaced?: boolean } = {}): string {
  const run = o.spaced ? /\d(?: ?\d){7,}/g : /\d{8,}/g;
  return text.replace(run, (found) => {
    const digits = found.replace(/ /g, '');
    return `${digits.slice(0, 4)}${'•'.repeat(digits.length - 4)}`;
  });
}

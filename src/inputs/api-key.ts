/**
 * A CertCentral API key is a long random string. A much shorter one is a placeholder or a mistake, and
 * since the key is hidden wherever it appears, a short one also hides parts of ordinary words.
 */
export const MIN_API_KEY_LENGTH = 16;

/** The warning for a key too short to be a CertCentral key; undefined for a plausible (or missing) key. */
export function shortKeyWarning(apiKey: string, name: string): string | undefined {
  if (apiKey === '' || apiKey.length >= MIN_API_KEY_LENGTH) return undefined;
  return (
    `${name} is ${apiKey.length} characters long: too short to be a CertCentral API key, which is a long random string. ` +
    `CertCentral will refuse it, and because the key is hidden wherever it appears, words that contain it show *** in the log and outputs. ` +
    `For a dry run or the simulator, use a placeholder of ${MIN_API_KEY_LENGTH} characters or more.`
  );
}

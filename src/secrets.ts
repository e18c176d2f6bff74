/**
 * Replaces every occurrence of the secret, so no message can carry it: as is, and as an answer
 * that echoes it would write it, JSON-escaped or URL-encoded.
 */
export function redact(text: string, secret: string): string {
  if (!secret) return text;
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
  let clean = text;
  for (const form of forms) clean = clean.split(form).join('***');
  return clean;
}

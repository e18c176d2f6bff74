/** Replaces every occurrence of the secret, so no message can carry it. */
export function redact(text: string, secret: string): string {
  return secret ? text.split(secret).join('***') : text;
}

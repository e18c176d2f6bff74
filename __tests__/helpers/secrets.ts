/** Every form of the key the issue names, as a server could echo it. */
export function echoedForms(key: string): Record<string, string> {
  const json = (text: string) => [...text].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return {
    raw: key,
    'upper case': key.toUpperCase(),
    'lower case': key.toLowerCase(),
    'JSON \\u escapes': json(key).join(''),
    'URL escapes': [...key].map((char) => `%${char.charCodeAt(0).toString(16)}`).join(''),
    base64: Buffer.from(key).toString('base64'),
    'base64 in a longer text': Buffer.from(`user:${key}`).toString('base64'),
    'base64url, offset 2': Buffer.from(`ab${key}`).toString('base64url'),
    hex: Buffer.from(key).toString('hex'),
    'upper-case hex': Buffer.from(key).toString('hex').toUpperCase(),
    'a 12-character prefix': key.slice(0, 12),
    'a 16-character suffix': key.slice(-16),
    'a 13-character run from the middle': key.slice(7, 20),
    'broken by a line break': `${key.slice(0, 10)}\n${key.slice(10)}`,
    'broken by spaces and tabs': `${key.slice(0, 4)} ${key.slice(4, 20)}\t${key.slice(20)}`,
    'broken by a CRLF, lower case': `${key.slice(0, 16)}\r\n${key.slice(16)}`.toLowerCase(),
  };
}

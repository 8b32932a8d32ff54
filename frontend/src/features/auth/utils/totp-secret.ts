/** "JBSW Y3DP EHPK 3PXP": a base32 secret in groups of four, easier to type over. */
export function groupSecret(secret: string, size = 4): string {
  const plain = secret.replace(/\s+/g, '');
  return plain.match(new RegExp(`.{1,${size}}`, 'g'))?.join(' ') ?? '';
}

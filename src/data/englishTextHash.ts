/** FNV-1a over the English name and description: small, synchronous, and the same in Node and the browser. */
export function englishTextHash({ name, description }: { name: string; description?: string }): string {
  const text = `${name}\n${description ?? ''}`;
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { rightsFileSchema } from '../src/data/rightsSchema';

const PREFIX = 'virtual:rights/';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Keeps, in every `text` object, only English and the one language asked for. */
function onlyLanguage(value: Json, locale: string): Json {
  if (Array.isArray(value)) return value.map((item) => onlyLanguage(item, locale));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      if (key === 'text' && item !== null && typeof item === 'object' && !Array.isArray(item)) {
        return [key, Object.fromEntries(Object.entries(item).filter(([code]) => code === 'en' || code === locale))];
      }
      return [key, onlyLanguage(item, locale)];
    }),
  );
}

/**
 * `import('virtual:rights/es')` gives data/rights/rights.json, checked against its schema, with only the
 * English and Spanish texts: a reader downloads the rights in their own language, not in all ten.
 */
export function rightsByLanguagePlugin(root = process.cwd()): Plugin {
  const file = path.join(root, 'data/rights/rights.json');
  return {
    name: 'rights-by-language',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      this.addWatchFile(file);
      const locale = id.slice(PREFIX.length + 1);
      const content: Json = JSON.parse(readFileSync(file, 'utf8'));
      // Checked here, at build time, so the browser needs no validator.
      const parsed = rightsFileSchema.safeParse(onlyLanguage(content, locale));
      if (!parsed.success) this.error(`Invalid data/rights/rights.json, nothing was built: ${parsed.error.message}`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(parsed.data))});`;
    },
  };
}

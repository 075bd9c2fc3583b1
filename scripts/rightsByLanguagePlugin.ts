import path from 'node:path';
import type { Plugin } from 'vite';
import { rightsFileSchema, type RightsFile } from '../src/data/rightsSchema';
import { jsonModule, readCheckedJson } from './checkedJson';

const PREFIX = 'virtual:rights/';
const FILE = 'data/rights/rights.json';

/** Keeps, in every statement, only English and the one language asked for. */
function onlyLanguage(rights: RightsFile, locale: string): RightsFile {
  return {
    ...rights,
    sections: rights.sections.map((section) => ({
      ...section,
      statements: section.statements.map((statement) => ({
        ...statement,
        text: Object.fromEntries(Object.entries(statement.text).filter(([code]) => code === 'en' || code === locale)),
      })),
    })),
  };
}

/**
 * `import('virtual:rights/es')` gives data/rights/rights.json, checked against its schema at build time,
 * with only the English and Spanish texts: a reader downloads the rights in their own language, not in all ten.
 */
export function rightsByLanguagePlugin(root = process.cwd()): Plugin {
  return {
    name: 'rights-by-language',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      this.addWatchFile(path.join(root, FILE));
      const checked = readCheckedJson(root, FILE, rightsFileSchema);
      if ('problem' in checked) this.error(`Invalid data, nothing was built: ${checked.problem}`);
      return jsonModule(onlyLanguage(checked.data, id.slice(PREFIX.length + 1)));
    },
  };
}

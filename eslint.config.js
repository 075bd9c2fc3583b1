import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports flow one way (DESIGN.md): storage, data, geo, i18n -> search -> filters -> service -> list | map | print -> app.
 * Each folder lists the folders it must not import from.
 */
const LAYERS = {
  storage: ['data', 'geo', 'i18n', 'search', 'filters', 'service', 'list', 'map', 'print', 'app', 'workbench'],
  data: ['geo', 'i18n', 'search', 'filters', 'service', 'list', 'map', 'print', 'app', 'workbench'],
  geo: ['search', 'filters', 'service', 'list', 'map', 'print', 'app', 'workbench'],
  i18n: ['geo', 'search', 'filters', 'service', 'list', 'map', 'print', 'app', 'workbench'],
  search: ['filters', 'service', 'list', 'map', 'print', 'app', 'workbench'],
  filters: ['service', 'list', 'map', 'print', 'app', 'workbench'],
  service: ['list', 'map', 'print', 'app', 'workbench'],
  list: ['map', 'print', 'app', 'workbench'],
  map: ['list', 'print', 'app', 'workbench'],
  print: ['list', 'map', 'app', 'workbench'],
  app: ['workbench'],
  // The curators' workbench runs only on a curator's computer: nothing public may reach it.
  workbench: ['list', 'map', 'print', 'app'],
};

const LEAFLET = ['leaflet', 'leaflet/*', 'react-leaflet', 'react-leaflet/*'];

function importRules(folder, forbidden) {
  const patterns = forbidden.map((name) => ({
    group: [`../${name}`, `../${name}/*`, `**/src/${name}/*`],
    message: `src/${folder} must not import from src/${name} (see DESIGN.md: imports flow one way).`,
  }));
  if (folder !== 'map') {
    patterns.push({ group: LEAFLET, message: 'Only src/map may import leaflet or react-leaflet.' });
  }
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs['recommended-latest'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML: render data as text.',
        },
        {
          selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Never write HTML strings: build DOM nodes with textContent.',
        },
        {
          selector: "CallExpression[callee.property.name=/^(bindPopup|bindTooltip|setContent)$/]",
          message: 'Leaflet writes these strings as HTML: use react-leaflet <Popup> with React children.',
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      // `import { type X }` still loads the module: for schema.ts that would put zod back in the browser's code.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  ...Object.entries(LAYERS).map(([folder, forbidden]) => importRules(folder, forbidden)),
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);

// Made by scripts/rightsByLanguagePlugin.ts: data/rights/rights.json, checked at build time, with English and one language.
declare module 'virtual:rights/*' {
  const file: import('../data/rightsSchema').RightsFile;
  export default file;
}

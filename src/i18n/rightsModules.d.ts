declare module 'virtual:rights/*' {
  const file: unknown;
  export default file;
}

// sql.js ships types for its package root only; the asm.js build (no .wasm file to fetch, so no
// web-accessible resource and no CSP change in the extension) has the same API.
declare module 'sql.js/dist/sql-asm.js' {
  import type initSqlJs from 'sql.js';

  const init: typeof initSqlJs;
  export default init;
}

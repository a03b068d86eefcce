// Generated at build time by config/search-index.ts (pinyin-pro runs there, not in the browser).
declare module 'virtual:search-pinyin' {
  const index: import('./names').PinyinIndex;
  export default index;
}

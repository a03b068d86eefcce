// Generated at build time by config/search-index.ts (pinyin-pro runs there, not in the browser).
declare module 'virtual:search-pinyin' {
  const index: import('./search-index').PinyinIndex;
  export default index;
}

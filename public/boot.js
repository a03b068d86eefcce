// The first screen's last word when the map's scripts never run (a 404 after a bad deploy, the
// network dropping, a sandboxed iframe that the host's missing CORS headers leave unable to load
// module scripts). A classic script on purpose: it loads where those module scripts cannot, and
// it is a file, not inline code, so the strict Content-Security-Policy allows it.
// The app marks <html data-app> as soon as it runs; by the window's load event every script of the
// page has run or failed, so a page without the mark by then will never draw the map.
(function () {
  'use strict';
  function explain() {
    if (document.documentElement.hasAttribute('data-app')) return;
    var map = document.getElementById('map');
    if (!map) return;
    // A sandboxed frame without allow-same-origin has the opaque origin "null".
    var sandboxed = window.origin === 'null';
    var lines = [
      '地图程序未能加载，地图无法显示。请检查网络连接后刷新页面。',
      'The map’s scripts could not be loaded, so the map cannot be shown. Check the connection and reload the page.',
    ];
    if (sandboxed) {
      lines.push(
        '此页面嵌入在未设置 allow-same-origin 的沙箱框架中，而地图所在网站未发送 Access-Control-Allow-Origin 头。请在 iframe 的 sandbox 中加入 allow-same-origin，或由网站发送该头。',
        'This page is in a sandboxed frame without allow-same-origin, and the map’s host sends no Access-Control-Allow-Origin header. Add allow-same-origin to the iframe’s sandbox, or have the host send that header.',
      );
    }
    var box = document.createElement('div');
    box.className = 'boot-status has-error';
    box.setAttribute('role', 'alert');
    for (var i = 0; i < lines.length; i++) {
      var p = document.createElement('p');
      p.textContent = lines[i];
      p.lang = i % 2 ? 'en' : 'zh-CN';
      box.appendChild(p);
    }
    map.removeAttribute('aria-busy');
    map.replaceChildren(box);
  }
  if (document.readyState === 'complete') explain();
  else window.addEventListener('load', explain);

  // The header in the reader's language from the first frame. index.html is Chinese; for a page
  // that will be English (the link's lang=, else the browser's first Chinese or English language,
  // as src/app.ts decides) the header was laid out in Chinese and shown so, then laid out again in
  // English when the app rendered: ≈ 25 ms of style and layout at 4× CPU (docs/performance.md).
  // This script runs before the app's and, deferred, usually before the first frame. The words are
  // src/i18n/page-words.ts's, written in by the build (config/geo-preload.ts); the app then finds
  // them in place and changes nothing. If this guesses wrong, the app's render puts it right.
  var PAGE_WORDS = {};
  var langs = navigator.languages || [];
  var lang = 'zh';
  for (var l = 0; l < langs.length; l++) {
    var base = String(langs[l]).toLowerCase().split('-')[0];
    if (base === 'zh' || base === 'en') {
      lang = base;
      break;
    }
  }
  // The query's keys go ahead of the hash's (src/url-query.ts); the last one given counts.
  var asked = (location.search.slice(1) + '&' + location.hash.slice(1)).match(/(^|&)lang=(zh|en)(?=&|$)/g);
  if (asked) lang = asked[asked.length - 1].slice(-2);
  var words = PAGE_WORDS[lang];
  if (words) {
    document.documentElement.setAttribute('lang', words.htmlLang);
    document.title = words.documentTitle;
    for (var id in words.text) {
      var el = document.getElementById(id);
      if (el) el.textContent = words.text[id];
    }
    for (var at in words.attrs) {
      var node = document.getElementById(at);
      for (var name in words.attrs[at]) if (node) node.setAttribute(name, words.attrs[at][name]);
    }
  }

  // A link to the geographic view (#view=geo, or ?view=geo before src/url-query.ts folds it):
  // this script runs before the app's (it comes first in <head>, both deferred). If the browser has
  // WebGL2 it fetches the map's code, styles and region file at once, so they download and compile
  // while the app's script loads and starts. Without the WebGL2 API nothing of the map is fetched
  // (the view then draws SVG). The files' hashed names are written in by the build
  // (config/geo-preload.ts); docs/performance.md has the figures.
  var GEO_PRELOAD = [];
  if (!/[?#&]view=geo(?![^&#])/.test(location.search + location.hash)) return;
  // Asked without creating a context (src/geo-view/webgl-support.ts says why): a browser that has
  // the API but no context to give downloads the map's code and then shows the SVG map.
  var ok = typeof WebGL2RenderingContext === 'function';
  for (var j = 0; ok && j < GEO_PRELOAD.length; j++) {
    var file = GEO_PRELOAD[j];
    var link = document.createElement('link');
    link.href = file;
    if (/\.js$/.test(file)) link.rel = 'modulepreload';
    else {
      link.rel = 'preload';
      link.as = /\.css$/.test(file) ? 'style' : 'fetch';
    }
    // In CORS mode, as the app asks for each file later (Vite's stylesheet links, fetch(), import()):
    // a preload answers only a request of the same mode (without it the map's CSS came twice).
    link.crossOrigin = 'anonymous';
    document.head.appendChild(link);
  }
})();

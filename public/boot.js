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
})();

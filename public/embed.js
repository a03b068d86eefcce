/*
 * 津长对口合作地图 · Tianjin–Changchun Pairing Map — embed helper for the page that embeds the map.
 *
 *   <iframe src="https://…/#pair=chaoyang-heping&embed=1" title="…" width="100%" height="640"
 *           style="width:100%;border:0" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * The map posts { "tj-cc-map-height": { "tj-cc-map": <px> } } whenever its height changes
 * (like Datawrapper's "datawrapper-height"); this sets the height of the iframe that sent it.
 * Include it once per page; it sends nothing anywhere but to the map's own iframes.
 */
(function () {
  'use strict';
  if (window.tjCcMapEmbed) return;
  window.tjCcMapEmbed = true;
  var HEIGHT = 'tj-cc-map-height';

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || !data[HEIGHT] || typeof data[HEIGHT] !== 'object') return;
    var frame = frameOf(event.source);
    if (!frame) return;
    for (var id in data[HEIGHT]) {
      var height = data[HEIGHT][id];
      if (typeof height === 'number' && height > 0 && height < 20000) frame.style.height = Math.ceil(height) + 'px';
    }
  });

  // Maps that loaded before this script already said their height: ask them again.
  var frames = document.querySelectorAll('iframe[src*="embed=1"]');
  for (var i = 0; i < frames.length; i++) {
    try {
      frames[i].contentWindow.postMessage({ 'tj-cc-map': 'height' }, '*');
    } catch (e) {
      /* not loaded yet: it will post its height when it is */
    }
  }
})();

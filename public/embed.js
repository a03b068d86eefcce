/*
 * 津长对口合作地图 · Tianjin–Changchun Pairing Map — embed helper for the page that embeds the map.
 *
 *   <iframe src="https://…/#pair=chaoyang-heping&embed=1" title="…" width="100%" height="600"
 *           style="width:100%;border:0" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * The map posts { "tj-cc-map-height": { "tj-cc-map": <px> } } when its height is known
 * (like Datawrapper's "datawrapper-height"); this sets the height of the iframe that sent it.
 * Include it once per page; it sends nothing anywhere but to the map's own iframes.
 *
 * Only the map's own frames are resized: an iframe whose src is on the origin this script was
 * loaded from, whose window sent the message, from that origin (or from an opaque origin when
 * the frame is sandboxed without allow-same-origin). Any other frame on the article (an ad, a
 * widget) that posts the same message is ignored.
 */
(function () {
  'use strict';
  if (window.tjCcMapEmbed) return;
  window.tjCcMapEmbed = true;
  var HEIGHT = 'tj-cc-map-height';
  /** Taller than any state of the map at any width: a ceiling, not a size. */
  var MAX_HEIGHT = 4000;
  var script = document.currentScript;
  var mapOrigin = null;
  try {
    mapOrigin = script && script.src ? new URL(script.src, location.href).origin : null;
  } catch (e) {
    mapOrigin = null;
  }
  // Without knowing where the map lives there is no frame this script may touch.
  if (!mapOrigin || mapOrigin === 'null') return;

  function isMapFrame(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', location.href).origin === mapOrigin;
    } catch (e) {
      return false;
    }
  }

  /** A sandbox without allow-same-origin gives the map an opaque origin: its messages say 'null'. */
  function opaque(frame) {
    var sandbox = frame.getAttribute('sandbox');
    return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox);
  }

  function mapFrameOf(source, origin) {
    if (!source) return null;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== source || !isMapFrame(frame)) continue;
      return origin === mapOrigin || (origin === 'null' && opaque(frame)) ? frame : null;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || !data[HEIGHT] || typeof data[HEIGHT] !== 'object') return;
    var frame = mapFrameOf(event.source, event.origin);
    if (!frame) return;
    var height = data[HEIGHT]['tj-cc-map'];
    if (typeof height === 'number' && height > 0 && height <= MAX_HEIGHT) frame.style.height = Math.ceil(height) + 'px';
  });

  // Maps that loaded before this script already said their height: ask them again.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (!isMapFrame(frames[i])) continue;
    try {
      frames[i].contentWindow.postMessage({ 'tj-cc-map': 'height' }, opaque(frames[i]) ? '*' : mapOrigin);
    } catch (e) {
      /* not loaded yet: it will post its height when it is */
    }
  }
})();

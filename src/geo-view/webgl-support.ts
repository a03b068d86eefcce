// MapLibre 6 needs WebGL2. Ask before downloading ~700 KB of code that could not run.

let answer: boolean | undefined;

/**
 * Asked once per page: a deep link asks in public/boot.js, before the app's script runs (to fetch
 * the map's code early), any other page when the view first opens. Each probe creates a WebGL context, a synchronous round trip
 * to the GPU process that waits behind whatever it is doing (SwiftShader drawing the page's first
 * paint: 0.8–1.1 s in the profile of a cold `#view=geo`, docs/performance.md), and the answer
 * cannot change while the page lives (a lost context is handled by the view).
 */
export function hasWebGL2(): boolean {
  answer ??= asked() ?? probe();
  return answer;
}

/** What public/boot.js found, if it asked (a link to this view, before the app's script ran). */
function asked(): boolean | undefined {
  const said = document.documentElement.dataset.webgl2;
  return said === 'yes' ? true : said === 'no' ? false : undefined;
}

function probe(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    // Give the probe's context back at once: browsers cap how many live contexts a page has.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

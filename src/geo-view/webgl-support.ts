// MapLibre 6 needs WebGL2. Ask before downloading ~700 KB of code that could not run.
export function hasWebGL2(): boolean {
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

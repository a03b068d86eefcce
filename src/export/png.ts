// SVG → PNG in the page: the SVG as an Image from a blob: URL (the CSP allows img-src blob:),
// drawn on a canvas at 2× for slides and print. System fonts are available to SVG images, so the
// Chinese renders as it does on the page.

export const SCALE = 2;

export async function svgToPng(svgText: string, width: number, height: number, scale = SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode().catch(() => {
      throw new Error('the browser could not read the drawing as an image');
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas in this browser');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas could not be encoded as PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

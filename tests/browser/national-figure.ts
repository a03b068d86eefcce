// What a reader would trip on in a drawing of the national map, on screen or in an exported
// figure: two names over each other, a name under the 南海诸岛 inset, the inset's caption running
// out of it, or land or a dash of the mainland under the inset (Taiwan was, in the 1,200 px figure).
// Runs in the page (page.evaluate(mapFaults, selector)): self-contained, no imports.

/** The faults of the map drawn in the <svg> matching `selector` (boxes in its own units). */
export function mapFaults(selector: string): string[] {
  const svg = document.querySelector<SVGSVGElement>(selector);
  if (!svg) return [`no map at ${selector}`];
  type B = { minX: number; minY: number; maxX: number; maxY: number };
  const box = (e: SVGGraphicsElement): B => {
    const b = e.getBBox();
    return { minX: b.x, minY: b.y, maxX: b.x + b.width, maxY: b.y + b.height };
  };
  const hit = (a: B, b: B) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
  const faults: string[] = [];
  const labels = [...svg.querySelectorAll<SVGTextElement>('text.label')].map((e) => ({ text: e.textContent ?? '', ...box(e) }));
  const frame = box(svg.querySelector<SVGRectElement>('.inset-frame')!);
  const caption = box(svg.querySelector<SVGTextElement>('.inset-caption')!);
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (hit(a, b)) faults.push(`${a.text} × ${b.text}`);
    if (hit(a, frame)) faults.push(`${a.text} under the inset`);
  });
  const inside = caption.minX >= frame.minX - 0.5 && caption.maxX <= frame.maxX + 0.5 && caption.minY >= frame.minY - 0.5 && caption.maxY <= frame.maxY + 0.5;
  if (!inside) faults.push('the inset caption outside the inset');
  // The mainland's outlines and dashes (not the inset's own): none may have a point under the frame.
  const land = [...svg.querySelectorAll<SVGPathElement>(':scope > .provinces > path, :scope > .nine-dash')];
  for (const path of land) {
    if (!hit(box(path), frame)) continue;
    let under = 0;
    for (let x = frame.minX + 1; x < frame.maxX; x += 2)
      for (let y = frame.minY + 1; y < frame.maxY; y += 2) if (path.isPointInFill(new DOMPoint(x, y))) under++;
    if (under) faults.push(`${path.querySelector('title')?.textContent ?? path.getAttribute('class')} (${path.dataset.code}) under the inset at ${under} points`);
  }
  return faults;
}

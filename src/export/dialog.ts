// The Download dialog (loaded on the first click): the current view as PNG (2×) or SVG, and the
// data as one CSV per table plus a JSON, with a one-line description each and a citation note.
// Modal <dialog> (src/ui/modal.ts): focus trapped inside, Esc closes, focus returns to the button that opened it.
import './export.css';
import type { AppContext } from '../app-context';
import type { Lang } from '../i18n/strings';
import { h } from '../views/dom';
import { createModal } from '../ui/modal';
import { outcomes } from '../content/outcomes';
import { CITATION } from './data-files';
import { dataLinks, type DataLink } from './data-links';
import { downloadBlob } from './download';
import { exportPicture, FIGURE_WIDTHS, type FigureWidth } from './image';
import { svgToPng } from './png';
import { EXPORT_STRINGS } from './strings';
import { reason } from '../load/bounded';

export interface ExportDialog {
  open(opener: HTMLElement, focus?: 'image' | 'data'): void;
}

export function createExportDialog(app: AppContext): ExportDialog {
  const imageHeading = h('h3', { id: 'export-image-heading' });
  const imageIntro = h('p', { class: 'export-intro' });
  // The figure's width: a native radio group (arrow keys move within it, one Tab stop).
  const widthLegend = h('legend');
  const widthLabels = { column: h('span'), full: h('span') };
  const widthRadios = (Object.keys(FIGURE_WIDTHS) as FigureWidth[]).map((size) =>
    h('input', { type: 'radio', name: 'export-width', value: size, id: `export-width-${size}`, 'data-width': FIGURE_WIDTHS[size], checked: size === 'column' }),
  );
  const widthField = h(
    'fieldset',
    { class: 'export-width' },
    widthLegend,
    ...widthRadios.map((radio) => h('label', { for: radio.id }, radio, widthLabels[radio.value as FigureWidth])),
  );
  const chosenWidth = (): FigureWidth => (widthRadios.find((r) => r.checked)?.value === 'full' ? 'full' : 'column');
  const png = h('button', { type: 'button', class: 'export-png', 'data-format': 'png' });
  const svg = h('button', { type: 'button', class: 'export-svg', 'data-format': 'svg' });
  const status = h('p', { class: 'export-status', role: 'status' });
  const dataHeading = h('h3', { id: 'export-data-heading' });
  const dataIntro = h('p', { class: 'export-intro' });
  const list = h('ul', { class: 'export-files', 'aria-labelledby': 'export-data-heading' });
  const citeHeading = h('h3');
  const cite = h('p', { class: 'export-cite' });
  const licence = h('p', { class: 'export-licence' });
  const imageSection = h('section', { class: 'export-image', 'aria-labelledby': 'export-image-heading' }, imageHeading, imageIntro, widthField, h('div', { class: 'export-row' }, png, svg), status);
  const { dialog, title, close, show } = createModal(
    'export',
    imageSection,
    h('section', { class: 'export-data', 'aria-labelledby': 'export-data-heading' }, dataHeading, dataIntro, list, citeHeading, cite, licence),
  );
  document.body.append(dialog);
  let links: DataLink[] | null = null;

  function fill(lang: Lang): void {
    const t = EXPORT_STRINGS[lang];
    title.textContent = t.dialogTitle;
    imageHeading.textContent = t.imageHeading;
    imageIntro.textContent = t.imageIntro;
    widthLegend.textContent = t.widthLegend;
    widthLabels.column.textContent = t.widthColumn;
    widthLabels.full.textContent = t.widthFull;
    png.textContent = t.png;
    svg.textContent = t.svg;
    dataHeading.textContent = t.dataHeading;
    dataIntro.textContent = t.dataIntro;
    citeHeading.textContent = t.citeHeading;
    cite.textContent = `${t.citeNote}${CITATION[lang]}`;
    licence.textContent = t.licenceNote;
    close.textContent = t.close;
    // Every record, the results and news reports too (they are not in the first paint's content).
    links ??= dataLinks({ ...app.model.content, ...outcomes });
    list.replaceChildren(
      ...links.map((l) =>
        h('li', {}, h('a', { href: l.href, download: l.name, class: 'export-file', 'data-file': l.name }, l.name), ' ', h('span', { class: 'export-file-note' }, l.description ? l.description[lang] : t.allJson)),
      ),
    );
  }

  let busy = false;
  async function save(format: 'png' | 'svg'): Promise<void> {
    // Not `disabled`: disabling the focused button drops focus to <body>, where Esc would reach
    // the map (clearing the selection) instead of closing the dialog.
    if (busy) return;
    busy = true;
    const t = EXPORT_STRINGS[app.store.get().lang];
    status.textContent = t.working;
    png.setAttribute('aria-disabled', 'true');
    svg.setAttribute('aria-disabled', 'true');
    try {
      const picture = await exportPicture(app, chosenWidth());
      const name = `${picture.base}.${format}`;
      const blob = format === 'svg' ? new Blob([picture.text], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(picture.text, picture.width, picture.height);
      downloadBlob(blob, name);
      status.textContent = t.done(name);
    } catch (error) {
      // A view's picture code that failed to load is named by its file (reason); the same button asks again.
      status.textContent = t.failed(reason(error));
    } finally {
      busy = false;
      png.removeAttribute('aria-disabled');
      svg.removeAttribute('aria-disabled');
    }
  }

  png.addEventListener('click', () => void save('png'));
  svg.addEventListener('click', () => void save('svg'));
  app.onRender((state) => dialog.open && fill(state.lang));

  return {
    open(from, focus = 'image') {
      fill(app.store.get().lang);
      status.textContent = '';
      // Embedded pages offer the data only: an image of an iframe is a screenshot away.
      imageSection.hidden = focus === 'data';
      show(from);
      (focus === 'data' ? list.querySelector<HTMLElement>('a') : png)?.focus();
    },
  };
}

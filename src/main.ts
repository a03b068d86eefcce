// Entry: load the boundaries, join them with the content, then let state drive the views.
// First: the map's keys in a `?query` join the hash (src/url-query.ts); then an embed is
// marked before anything is drawn (src/embed/early.ts).
import './url-query';
import './embed/early';
import './styles.css';
import { content } from './content/index';
import { buildModel } from './model/build-model';
import { startApp } from './app';
import { pairedView } from './views/paired-view-definition';
import { installPresent } from './present/install';
import { installPrint } from './print/install';
import { geoView } from './geo-view/definition';
import { installEmbed } from './embed/install';
import { installOffline } from './offline/register';
import { loadTopology } from './offline/load-topology';
import { nationalView } from './national/national-view-definition';
import { installTimeline, timelineLoaded } from './timeline/install-timeline';
import { installA11y } from './a11y/install';
import { installExport } from './export/install';
import { installFind } from './find/install';
import { installLegend } from './legend/install';
import { APP_URL } from './url-fields';
import { reason, withTimeout } from './load/bounded';
import { unavailableView } from './load/unavailable-view';
import { loadFailed } from './load/notices';

// The scripts arrived and run: public/boot.js leaves the first screen alone.
document.documentElement.dataset.app = 'running';
const mapEl = document.getElementById('map')!;

/** The model, with the boundaries if they arrive in time and are sound; without them the bundled content still makes the list. */
async function load() {
  try {
    return { model: buildModel(content, await withTimeout(loadTopology(), 'geo/cities.topo.json')), failure: null };
  } catch (error) {
    console.error(error);
    return { model: buildModel(content, null), failure: reason(error) };
  }
}

// The timeline strip's chunk loads in parallel with the boundaries (it is smaller): waiting for both
// draws the page once, complete, instead of the strip filling in and pushing the footer down.
Promise.all([load(), timelineLoaded])
  .then(([{ model, failure }]) => {
    // Without boundaries the two city maps cannot be drawn; the national view needs none of them.
    const views = failure ? [unavailableView(pairedView, failure), unavailableView(geoView, failure), nationalView] : [pairedView, geoView, nationalView];
    document.getElementById('boot-status')?.remove();
    const app = startApp(model, views, APP_URL);
    if (failure) app.report(loadFailed('boundaries', failure));
    // Features plug in here, one line each: install<Feature>(app). Their order does not matter
    // for the page: each puts its elements in a named slot (src/slots.ts orders them).
    installPresent(app);
    installPrint(app);
    installEmbed(app);
    installOffline(app);
    installTimeline(app);
    installA11y(app);
    installExport(app);
    installFind(app);
    installLegend(app);
    // Everything the first render adds (toolbar buttons, find bar, panel) is in place: show the
    // page in its final layout in one paint (styles.css, "Nothing moves after it appears").
    document.documentElement.classList.add('is-ready');
    return app;
  })
  .catch((error: unknown) => {
    // Never a blank box: say what failed, in both languages.
    mapEl.removeAttribute('aria-busy');
    document.documentElement.classList.add('is-ready');
    mapEl.classList.add('has-error');
    mapEl.textContent = `地图数据加载失败 · The map data could not be loaded (${error instanceof Error ? error.message : String(error)})`;
    console.error(error);
  });

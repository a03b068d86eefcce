// The presentation stage: the step card beside the map, and a bar of large controls
// (back, counter, next, autoplay, full screen, leave) that is always visible — never hover-only.
import type { Lang } from '../i18n/strings';
import { PRESENT_STRINGS } from '../i18n/present';
import { h } from '../views/dom';
import type { TourAction } from './keys';

export interface StageView {
  step: number;
  total: number;
  lang: Lang;
  play: boolean;
  fullscreen: boolean;
  /** A short message in the bar (autoplay held back by reduced motion), or ''. */
  status: string;
}

export function createStage(act: (action: TourAction) => void) {
  const card = h('div', { class: 'present-card', id: 'present-card', tabindex: '-1' });
  const button = (cls: string, action: TourAction, icon: string) => {
    const label = h('span', { class: 'present-button-label' });
    const el = h('button', { type: 'button', class: `present-button ${cls}`, 'data-action': action, onclick: () => act(action) }, h('span', { 'aria-hidden': 'true', class: 'present-icon' }, icon), label);
    return { el, label };
  };
  const prev = button('present-prev', 'prev', '←');
  const next = button('present-next', 'next', '→');
  const play = button('present-play', 'play', '▶');
  const full = button('present-full', 'fullscreen', '□');
  const leave = button('present-leave', 'leave', '✕');
  const counter = h('span', { class: 'present-counter', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const progress = h('progress', { class: 'present-progress', max: '1', value: '0' });
  const status = h('p', { class: 'present-status', role: 'status' });
  const hint = h('p', { class: 'present-hint' });
  const bar = h('nav', { class: 'present-bar' }, prev.el, counter, next.el, play.el, status, hint, full.el, leave.el, progress);
  const stage = h('section', { class: 'present-stage', id: 'present-stage' }, card);
  stage.hidden = true;
  bar.hidden = true;

  return {
    card,
    stage,
    bar,
    next: next.el,
    update(v: StageView): void {
      const p = PRESENT_STRINGS[v.lang];
      bar.setAttribute('aria-label', p.controlsLabel);
      prev.label.textContent = p.prev;
      next.label.textContent = p.next;
      prev.el.disabled = v.step <= 1;
      next.el.disabled = v.step >= v.total;
      play.label.textContent = v.play ? p.pause : p.play;
      play.el.setAttribute('aria-pressed', String(v.play));
      play.el.querySelector('.present-icon')!.textContent = v.play ? '❚❚' : '▶';
      full.label.textContent = v.fullscreen ? p.exitFullscreen : p.fullscreen;
      full.el.hidden = !document.fullscreenEnabled;
      leave.label.textContent = p.leave;
      leave.el.setAttribute('aria-keyshortcuts', 'Escape');
      counter.textContent = p.counterShort(v.step, v.total);
      counter.setAttribute('aria-label', p.counter(v.step, v.total));
      counter.title = p.counter(v.step, v.total);
      progress.max = v.total;
      progress.value = v.step;
      progress.setAttribute('aria-label', p.counter(v.step, v.total));
      status.textContent = v.status;
      status.hidden = !v.status;
      // One span a key, so a narrow bar can leave out the least needed (present.css) rather than wrap.
      if (hint.lang !== v.lang) {
        hint.lang = v.lang;
        hint.replaceChildren(...p.keysHint.map((k, i) => h('span', { class: 'present-hint-key' }, i ? ` · ${k}` : k)));
      }
    },
  };
}

// What deck.gl still draws in the geographic view, once the view is ready: the zone dots and the
// labels (one TextLayer with CollisionFilterExtension, so no two labels collide). The arcs are
// MapLibre's (arc-lines.ts). This module and deck.gl's chunk are imported after the view is ready
// (webgl-view.ts): deck.gl's code, luma.gl's device and its programs are not on the path to ready.
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { CollisionFilterExtension, type CollisionFilterExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Party } from '../model/types';
import { CITY_COLOR, INK } from './colors';
import { collisionPadding, FONT, labelPadding, type GeoLabel } from './labels';

export { MapLibreOverlay };

export interface DeckLayerInput {
  zones: Party[];
  labels: GeoLabel[];
  chosen: Set<string>;
  hovered: Set<string>;
  scale: number;
  lang: 'zh' | 'en';
  /** Changes with the selection, the hover and the filter. */
  key: string;
  /** Changes with anything the labels depend on. */
  labelsKey: string;
}

export function deckLayers({ zones, labels, chosen, hovered, scale, lang, key, labelsKey }: DeckLayerInput): Layer[] {
  return [
    new ScatterplotLayer<Party>({
      id: 'zones',
      data: zones,
      pickable: true,
      getPosition: (p) => p.point,
      getRadius: (p) => (chosen.has(p.id) || hovered.has(p.id) ? 7 : 5) * scale,
      radiusUnits: 'pixels',
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: (p) => (chosen.has(p.id) ? 2.5 : 1.5) * scale,
      getFillColor: (p) => (p.approximate ? [255, 255, 255, 255] : [...CITY_COLOR[p.city], 255]) as [number, number, number, number],
      getLineColor: (p) => (chosen.has(p.id) ? INK : CITY_COLOR[p.city]),
      updateTriggers: { getRadius: labelsKey, getLineWidth: labelsKey, getLineColor: key },
      parameters: { depthCompare: 'always', depthWriteEnabled: false },
    }),
    new TextLayer<GeoLabel, CollisionFilterExtensionProps<GeoLabel>>({
      id: 'labels',
      data: labels,
      pickable: true,
      getPosition: (d) => d.position,
      getText: (d) => d.text,
      getSize: (d) => d.size,
      getColor: (d) => d.color,
      fontFamily: FONT,
      fontWeight: 600,
      characterSet: 'auto',
      background: true,
      getBackgroundColor: (d) => d.background,
      getBorderColor: (d) => d.border,
      getBorderWidth: 1,
      backgroundPadding: labelPadding(scale),
      getPixelOffset: (d) => d.offset,
      getTextAnchor: (d) => d.anchor,
      parameters: { depthCompare: 'always', depthWriteEnabled: false },
      // No two labels overlap: deck.gl draws each label's box into a collision map in priority
      // order and hides a label whose anchor another, higher one covers. The test boxes are wider
      // than the labels by about half a long name, so a short name cannot shelter a long one.
      extensions: [new CollisionFilterExtension()],
      collisionEnabled: true,
      getCollisionPriority: (d) => d.priority,
      // Read by the sublayers (the props of a composite layer's collision pass are handed down as
      // they are): the background sublayer's `padding`, not the TextLayer's `backgroundPadding`,
      // which the sublayers ignore — with it the boxes in the collision map had no padding at all.
      collisionTestProps: { padding: collisionPadding(scale, lang) },
      // The collision pass keeps the label of higher priority by depth, but deck.gl also offsets
      // each layer's depth by its index (polygon offset, 100 units a layer): the letters sublayer,
      // drawn after the boxes, came ≈ 3 priority units nearer, so a label's letters showed through
      // the padded box of a label just above it (Hongqiao under Hebei, 0.4 apart) and kept it shown.
      getPolygonOffset: null,
      updateTriggers: { getCollisionPriority: key, getText: lang, getTextAnchor: key, getPixelOffset: labelsKey, getColor: key, getBackgroundColor: key, getBorderColor: key, getSize: labelsKey },
    }),
  ];
}

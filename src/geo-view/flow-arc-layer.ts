// deck.gl's ArcLayer with light flowing along each arc, Changchun → Tianjin: the fragment
// shader dims each arc except for pulses that travel with `time`. `flow: 0` draws plain arcs
// (prefers-reduced-motion), with the same picking and the same shapes.
import { ArcLayer, type ArcLayerProps } from '@deck.gl/layers';
import type { DefaultProps } from '@deck.gl/core';
import type { ShaderModule } from '@luma.gl/shadertools';

type FlowProps = { time: number; flow: number };

// One field per line: luma.gl checks the block against uniformTypes line by line.
const FLOW_BLOCK = `\
layout(std140) uniform flowUniforms {
  float time;
  float strength;
} flow;
`;

const flowModule = {
  name: 'flow',
  vs: FLOW_BLOCK,
  fs: FLOW_BLOCK,
  uniformTypes: { time: 'f32', strength: 'f32' },
} as const satisfies ShaderModule<{ time: number; strength: number }>;

export type FlowArcLayerProps<D> = ArcLayerProps<D> & Partial<FlowProps>;

const defaultProps: DefaultProps<FlowProps> = { time: 0, flow: 1 };

export class FlowArcLayer<D> extends ArcLayer<D, Partial<FlowProps>> {
  static override layerName = 'FlowArcLayer';
  static override defaultProps = defaultProps as never;

  override getShaders() {
    const shaders = super.getShaders();
    return {
      ...shaders,
      modules: [...shaders.modules, flowModule],
      inject: {
        ...shaders.inject,
        // geometry.uv.x runs 0 → 1 from source to target: three pulses per arc, moving towards Tianjin.
        'fs:DECKGL_FILTER_COLOR': `
          float pulse = pow(fract(geometry.uv.x * 3.0 - flow.time), 6.0);
          color.a *= mix(1.0, 0.45 + 0.55 * pulse + 0.25 * pulse, flow.strength);
        `,
      },
    };
  }

  override draw(params: Parameters<ArcLayer<D>['draw']>[0]): void {
    const { time = 0, flow = 1 } = this.props as FlowProps;
    this.state.model?.shaderInputs.setProps({ flow: { time, strength: flow } } as never);
    super.draw(params);
  }
}

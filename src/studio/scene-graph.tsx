import { Background, Controls, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SceneGraphLayout } from '../engine/graph/layout';

const COLUMN = 240;
const ROW = 90;
const NODE_WIDTH = 190;
const NODE_HEIGHT = 60;

export interface SceneGraphProps {
  layout: SceneGraphLayout;
  selected: string | null;
  onSelectScene: (sceneId: string) => void;
  onSelectResponse: (sceneId: string, responseId: string | null) => void;
  /** Labels for the edges, keyed "scene/response" ("scene/statement" for a compose task), e.g. how many chose it. */
  edgeLabels?: Readonly<Record<string, string>> | undefined;
  heading?: string | undefined;
  /** Offer a scene picker beside the graph: the keyboard's way to select a scene. */
  picker?: boolean | undefined;
}

/**
 * The scenario's scene graph: scenes coloured and labelled by channel, endings, timed decisions and
 * injects marked, unreachable scenes and dead ends flagged. Only what is on screen is drawn, so
 * thousands of scenes stay smooth to pan.
 */
export const SceneGraph = memo(function SceneGraph({
  layout,
  selected,
  onSelectScene,
  onSelectResponse,
  edgeLabels,
  heading,
  picker,
}: SceneGraphProps) {
  const { t } = useTranslation();
  const nodes = useMemo(
    () =>
      layout.nodes.map((n): Node => {
        const marks = [
          n.timed && t('studio.graph.timed'),
          n.injects && t('studio.graph.injects'),
          n.unreachable && t('studio.graph.unreachable'),
          n.deadEnd && t('studio.graph.deadEnd'),
        ].filter(Boolean);
        const kind =
          n.kind === 'ending' ? t('studio.graph.ending') : t(`channel.${n.channel ?? 'meeting'}`);
        return {
          id: n.id,
          position: { x: n.layer * COLUMN, y: n.order * ROW },
          // Fixed sizes: nothing to measure, so thousands of nodes open fast (and edges draw at once).
          width: NODE_WIDTH,
          height: NODE_HEIGHT,
          data: { label: `${n.id}\n${kind}${marks.length ? ` · ${marks.join(' · ')}` : ''}` },
          className: `graph-node graph-${n.kind === 'ending' ? 'ending' : n.channel}${n.unreachable || n.deadEnd ? ' graph-problem' : ''}${n.id === selected ? ' graph-selected' : ''}`,
          ariaLabel: `${n.id}, ${kind}${marks.length ? `, ${marks.join(', ')}` : ''}`,
        };
      }),
    [layout, selected, t],
  );
  const edges = useMemo(
    () =>
      layout.edges.map((e, i): Edge => ({
        id: `${e.from}-${e.responseId ?? 'compose'}-${e.to}-${i}`,
        source: e.from,
        target: e.to,
        label: edgeLabels ? edgeLabels[`${e.from}/${e.responseId ?? 'statement'}`] : layout.edges.length <= 300 ? (e.responseId ?? undefined) : undefined,
        data: { responseId: e.responseId },
      })),
    [layout, edgeLabels],
  );
  return (
    <section aria-labelledby="graph-heading" className="scene-graph">
      <h3 id="graph-heading">{heading ?? t('studio.graph.heading')}</h3>
      {picker && (
        <label className="graph-picker">
          {t('studio.graph.pick')}{' '}
          <select value={selected ?? ''} onChange={(e) => e.target.value && onSelectScene(e.target.value)}>
            <option value="">—</option>
            {layout.nodes
              .filter((n) => n.kind === 'scene')
              .map((n) => (
                <option key={n.id} value={n.id}>
                  {n.id}
                </option>
              ))}
          </select>
        </label>
      )}
      <div className="graph-canvas">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          onlyRenderVisibleElements={layout.nodes.length > 200}
          nodesDraggable={false}
          nodesConnectable={false}
          defaultViewport={{ x: 20, y: 20, zoom: 0.8 }}
          minZoom={layout.nodes.length > 200 ? 0.3 : 0.05}
          onNodeClick={(_, node) => onSelectScene(node.id)}
          onEdgeClick={(_, edge) =>
            onSelectResponse(edge.source, (edge.data as { responseId: string | null }).responseId)
          }
          proOptions={{ hideAttribution: true }}
        >
          <Background />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
    </section>
  );
});

import { describeNode } from '@/components/map/map-graph';
import { isHttpUrl } from '@/lib/data/http-url';
import type { MapData, MapNode } from '@/lib/graph/map-model';
import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import type { PrereqEdge } from '@/lib/types';

interface Props {
  node: MapNode;
  data: MapData;
  graph: PrereqGraph;
  onSelect: (key: string) => void;
  onQuiz: (key: string) => void;
}

/** Details of the selected concept. Page text is rendered as text only, never as HTML. */
export function ConceptPanel({ node, data, graph, onSelect, onQuiz }: Props) {
  const concept = data.concepts.find((c) => c.key === node.key);
  const pages = new Map(data.pages.map((p) => [p.url, p]));
  const seen = data.occurrences.filter((o) => o.conceptKey === node.key).slice(0, 12);
  const labelOf = (k: string) => data.concepts.find((c) => c.key === k)?.label ?? k;
  const prereqs = [...graph.prerequisiteEdges(node.key)].sort((a, b) => b.confidence - a.confidence);
  const dependants = [...graph.dependantEdges(node.key)].sort((a, b) => b.confidence - a.confidence);
  return (
    <aside class="panel" aria-labelledby="panel-title">
      <h2 id="panel-title">{node.label}</h2>
      <p class="status-line">
        {describeNode(node).slice(node.label.length + 2)} · {node.kind} · {node.lang}
      </p>
      {concept?.definition && <blockquote>{concept.definition}</blockquote>}
      <button type="button" class="primary" onClick={() => onQuiz(node.key)}>
        Quiz me on this
      </button>
      <section>
        <h3>Where you read it</h3>
        {seen.length === 0 && <p class="muted">No page recorded.</p>}
        <ul class="plain">
          {seen.map((o) => (
            <li key={o.pageUrl}>
              {isHttpUrl(o.pageUrl) ? (
                <a href={o.pageUrl} target="_blank" rel="noreferrer noopener">
                  {pages.get(o.pageUrl)?.title || o.pageUrl}
                </a>
              ) : (
                <span>{pages.get(o.pageUrl)?.title || o.pageUrl}</span>
              )}
              {o.sentence && <q class="passage">{o.sentence}</q>}
            </li>
          ))}
        </ul>
      </section>
      <EdgeList
        title="Comes after (prerequisites)"
        edges={prereqs}
        end="from"
        labelOf={labelOf}
        onSelect={onSelect}
      />
      <EdgeList
        title="Leads to (dependants)"
        edges={dependants}
        end="to"
        labelOf={labelOf}
        onSelect={onSelect}
      />
    </aside>
  );
}

function EdgeList(props: {
  title: string;
  edges: PrereqEdge[];
  end: 'from' | 'to';
  labelOf: (k: string) => string;
  onSelect: (key: string) => void;
}) {
  return (
    <section>
      <h3>
        {props.title} <span class="muted">({props.edges.length})</span>
      </h3>
      {props.edges.length === 0 && <p class="muted">None known yet.</p>}
      <ul class="plain">
        {props.edges.slice(0, 30).map((e) => {
          const k = e[props.end];
          return (
            <li key={k}>
              <button type="button" class="link" onClick={() => props.onSelect(k)}>
                {props.labelOf(k)}
              </button>{' '}
              <span class="muted">{Math.round(e.confidence * 100)}%</span>
              <details>
                <summary>Why</summary>
                <ul>
                  {e.evidence.map((v) => (
                    <li key={`${v.source}${v.detail}`}>
                      <em>{v.source}</em>: {v.detail}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

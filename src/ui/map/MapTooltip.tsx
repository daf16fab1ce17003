import type { ElementModel } from '../../render/elements';

/**
 * The full name of the actor under the pointer, where the map shows less of it: a label cut to
 * three lines, or a label hidden to make room.
 */
export function MapTooltip({
  pointer,
  model,
  hidden,
}: {
  pointer: { id: string; x: number; y: number };
  model: ElementModel;
  hidden: readonly string[];
}) {
  const node = model.nodes.find((n) => n.id === pointer.id);
  if (!node) return null;
  const cut = node.lines.join(' ') !== node.label.trim().replace(/\s+/g, ' ');
  if (!cut && !hidden.includes(node.id)) return null;
  return (
    <div
      className="map-tooltip"
      role="tooltip"
      style={{ left: pointer.x + 14, top: pointer.y + 14 }}
    >
      {node.label}
    </div>
  );
}

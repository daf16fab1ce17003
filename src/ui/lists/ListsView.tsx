import { useDoc } from '../hooks';
import { ActorsTable } from './ActorsTable';
import { CollaborationsTable } from './CollaborationsTable';

/**
 * The map as two tables, sortable, filterable and editable: the accessible view of the map. Big
 * tables render only the rows in view; `virtualizeFrom` (benches) moves that threshold.
 */
export function ListsView({ virtualizeFrom }: { virtualizeFrom?: number } = {}) {
  const doc = useDoc();
  return (
    <div className="lists-view">
      <ActorsTable doc={doc} virtualizeFrom={virtualizeFrom} />
      <CollaborationsTable doc={doc} virtualizeFrom={virtualizeFrom} />
    </div>
  );
}

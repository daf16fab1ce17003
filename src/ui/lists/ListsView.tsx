import { useDoc } from '../hooks';
import { ActorsTable } from './ActorsTable';
import { CollaborationsTable } from './CollaborationsTable';

/** The map as two tables, sortable, filterable and editable: the accessible view of the map. */
export function ListsView() {
  const doc = useDoc();
  return (
    <div className="lists-view">
      <ActorsTable doc={doc} />
      <CollaborationsTable doc={doc} />
    </div>
  );
}

import { useLocale } from '../hooks';
import { addTypeActorWithUndo } from './actions';

/** "Legg til": adds an actor of a missing type, named after it; its accessible name says which. */
export function AddTypeButton({
  label,
  sectorId,
  typeId,
  className,
}: {
  label: string;
  sectorId: string;
  typeId: string;
  className: string;
}) {
  const { t } = useLocale();
  return (
    <button
      type="button"
      className={className}
      aria-label={t('gap.types.addLabel', { type: label })}
      onClick={() => addTypeActorWithUndo(label, sectorId, typeId, t)}
    >
      {t('gap.types.add')}
    </button>
  );
}

import { type ClipboardEvent, type FormEvent, useId, useState } from 'react';
import { updateActor } from '../../domain/commands';
import { parseQuickAdd } from '../../domain/quickAdd';
import { applyQuickAdd } from '../../domain/quickAddCommand';
import { getRecord } from '../../domain/records';
import { documentStore, edit, undo } from '../../state/documentStore';
import { modeStore } from '../../state/modeStore';
import { showToast } from '../../state/uiStore';
import { select } from '../../state/viewStore';
import { useLocale, useTemplate } from '../hooks';
import { addPastedActors, isMultiLine } from '../import/pasteActors';
import { typeName, typeOptions } from '../labels';
import { useSync } from '../share/useSync';
import { TypeGuessPicker } from './TypeGuessPicker';

/** The workshop's main input: a name and Enter adds an actor; "A -- B" adds a collaboration. */
export function QuickAdd() {
  const viewOnly = useSync((sync) => sync.role === 'view');
  const { t, locale } = useLocale();
  const template = useTemplate();
  const [text, setText] = useState('');
  const [lastActorId, setLastActorId] = useState<string | null>(null);
  const hintId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const entry = parseQuickAdd(text);
    if (entry.kind === 'empty') return;
    const done = edit((doc, meta) => applyQuickAdd(doc, entry, template, meta));
    if (!done) return;
    setText('');
    // The new actor appears beside its partner, inside the view, ringed for a moment (the map
    // view does that): the camera stays, so the whole map stays in view. At the desk it opens in
    // the details; at a projector nothing is selected, since a selection fades the rest.
    if (done.focus && !modeStore.getState().workshop) select(done.focus);
    if (entry.kind === 'actor' && done.addedActorIds[0]) {
      const actor = getRecord(done.doc.actors, done.addedActorIds[0]);
      setLastActorId(actor?.id ?? null);
      if (actor) {
        showToast({
          message: t('quickAdd.added', {
            name: actor.name,
            type: typeName(template, actor.typeId, locale, t('custom.type')),
          }),
        });
      }
    } else if (entry.kind === 'link') {
      setLastActorId(null);
      const count = done.addedCollaborationIds.length;
      showToast({ message: count ? t('quickAdd.addedLinks', { count }) : t('quickAdd.exists') });
    }
  };

  /** A column pasted from a spreadsheet adds every name; one line pastes as it always did. */
  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    if (!isMultiLine(pasted)) return;
    event.preventDefault();
    // The list parser (papaparse) loads on the first multi-line paste, not with the app.
    void import('../../io/import/paste').then(({ namesFromPaste }) => {
      const names = namesFromPaste(pasted);
      if (names.length === 0) return;
      if (names.length === 1) return setText(names[0] ?? '');
      const { added, existing } = addPastedActors(names, template);
      setLastActorId(null);
      const skipped = existing ? ` ${t('importer.pasteExisting', { count: existing })}` : '';
      showToast({
        message: `${t('importer.pasteAdded', { count: added })}${skipped}`,
        ...(added ? { undo, undoLabel: t('toast.undo') } : {}),
      });
    });
  };

  const open = documentStore.getState().doc;
  const last = lastActorId && open ? getRecord(open.actors, lastActorId) : undefined;

  return (
    <form className="quick-add" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={`${hintId}-input`}>
        {t('quickAdd.label')}
      </label>
      <input
        id={`${hintId}-input`}
        className="quick-add-input"
        type="text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPaste={paste}
        placeholder={t('quickAdd.placeholder')}
        aria-describedby={hintId}
        autoComplete="off"
        data-quick-add=""
        maxLength={300}
        // A map opened with a view link takes no additions (the side panel says why).
        readOnly={viewOnly}
      />
      {/* One line, always the same height: a long name never pushes the map down. */}
      <div className="quick-add-sub">
        {/* The input's description stays whole; once a type picker shows, it takes the line. */}
        <p
          id={hintId}
          className={last ? 'quick-add-hint visually-hidden' : 'quick-add-hint'}
          title={t('quickAdd.hint')}
        >
          {t('quickAdd.hint')}
        </p>
        {last && (
          <TypeGuessPicker
            label={t('quickAdd.changeType', { name: last.name })}
            value={`${last.sectorId}/${last.typeId}`}
            options={template.sectors.flatMap((s) =>
              typeOptions(template, s.id, locale, t('custom.type'))
                .filter((o) => o.id !== 'custom')
                .map((o) => ({
                  value: `${s.id}/${o.id}`,
                  label: o.label,
                  group: s.labels[locale],
                })),
            )}
            otherLabel={t('custom.type')}
            onChange={(value) => {
              const [sectorId = 'custom', typeId = 'custom'] = value.split('/');
              edit((doc, meta) => updateActor(doc, last.id, { sectorId, typeId }, meta));
            }}
          />
        )}
      </div>
    </form>
  );
}

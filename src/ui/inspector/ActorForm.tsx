import { useId, useState } from 'react';
import {
  addCollaboration,
  removeItems,
  setPinned,
  updateActor,
  updateMap,
} from '../../domain/commands';
import { LIMITS } from '../../domain/limits';
import { getRecord } from '../../domain/records';
import { ACTOR_KINDS, type Actor, type ActorKind, type MapDocument } from '../../domain/types';
import { edit, undo } from '../../state/documentStore';
import { showToast } from '../../state/uiStore';
import { select } from '../../state/viewStore';
import { useLocale, useTemplate } from '../hooks';
import { CustomFields } from '../import/CustomFields';
import { typeName } from '../labels';
import { AgeGroupsField, ExtraRolesField } from './ActorRoles';
import {
  CheckboxField,
  FieldGroup,
  NumberSelect,
  SelectField,
  TextArea,
  TextField,
} from './fields';
import { isNoOp } from './patch';
import { Stamps } from './Stamps';
import { sectorChoices, typeChoices, typeForSector } from './typeChoice';

type ActorPatch = Parameters<typeof updateActor>[2];

/** "a, b ,, c" → ["a", "b", "c"]: trimmed, no empties, no duplicates, within the limits. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((t) => t.trim().slice(0, LIMITS.shortText))
    .filter(Boolean);
  return [...new Set(tags)].slice(0, LIMITS.tags);
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function ActorForm({ actor, doc }: { actor: Actor; doc: MapDocument }) {
  const { t, locale } = useLocale();
  const template = useTemplate();
  const other = t('custom.sector');
  const otherType = t('custom.type');
  const patch = (p: ActorPatch) => {
    if (!isNoOp(actor, p)) edit((d, meta) => updateActor(d, actor.id, p, meta));
  };
  const isFocal = doc.map.focalActorId === actor.id;

  const links = Object.values(doc.collaborations)
    .filter((c) => c.sourceId === actor.id || c.targetId === actor.id)
    .map((c) => {
      const other = getRecord(doc.actors, c.sourceId === actor.id ? c.targetId : c.sourceId);
      return { c, other };
    })
    .sort((a, b) => (a.other?.name ?? '').localeCompare(b.other?.name ?? '', 'nb'));

  const remove = () => {
    const name = actor.name;
    if (!edit((d, meta) => removeItems(d, { actorIds: [actor.id] }, meta))) return;
    select(null);
    showToast({
      message: t('deleted.actor', { name }),
      undo: () => {
        undo();
        select({ kind: 'actor', id: actor.id });
      },
      undoLabel: t('toast.undo'),
    });
  };

  return (
    <section className="inspector-actor" aria-labelledby={`${actor.id}-heading`}>
      <h2 id={`${actor.id}-heading`}>
        <span className="muted">{t('inspector.actor')}: </span>
        {actor.name}
      </h2>
      <TextField
        label={t('inspector.name')}
        value={actor.name}
        required
        onCommit={(name) => {
          if (name.trim() && name.trim() !== actor.name) patch({ name });
        }}
      />
      <SelectField
        label={t('inspector.kind')}
        value={actor.kind}
        options={ACTOR_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        onChange={(kind) => patch({ kind: kind as ActorKind })}
      />
      <SelectField
        label={t('inspector.sector')}
        value={actor.sectorId}
        options={sectorChoices(template, locale, other, actor.sectorId)}
        onChange={(sectorId) =>
          patch({ sectorId, typeId: typeForSector(template, sectorId, actor.typeId) })
        }
      />
      <SelectField
        label={t('inspector.type')}
        value={actor.typeId}
        options={typeChoices(
          template,
          actor.sectorId,
          locale,
          otherType,
          actor.typeId,
          typeName(template, actor.typeId, locale, otherType),
        )}
        onChange={(typeId) => patch({ typeId })}
      />
      <TextArea
        label={t('inspector.description')}
        value={actor.description}
        onCommit={(description) => patch({ description })}
      />
      <TextField
        label={t('inspector.tags')}
        hint={t('inspector.tagsHint')}
        value={actor.tags.join(', ')}
        onCommit={(text) => {
          const tags = parseTags(text);
          if (!sameList(tags, actor.tags)) patch({ tags });
        }}
      />
      <FieldGroup legend={t('inspector.contact')}>
        <TextField
          label={t('inspector.contactName')}
          value={actor.contact.name}
          onCommit={(name) => patch({ contact: { ...actor.contact, name } })}
        />
        <TextField
          label={t('inspector.contactRole')}
          value={actor.contact.role}
          onCommit={(role) => patch({ contact: { ...actor.contact, role } })}
        />
        <TextField
          label={t('inspector.contactEmail')}
          type="email"
          value={actor.contact.email}
          onCommit={(email) => patch({ contact: { ...actor.contact, email: email.trim() } })}
        />
        <TextField
          label={t('inspector.contactPhone')}
          type="tel"
          value={actor.contact.phone}
          onCommit={(phone) => patch({ contact: { ...actor.contact, phone } })}
        />
      </FieldGroup>
      <div className="field-row">
        {(['power', 'interest'] as const).map((key) => (
          <NumberSelect
            key={key}
            label={t(`inspector.${key}`)}
            value={actor[key]}
            min={1}
            max={5}
            notSetLabel={t('inspector.notSet')}
            onChange={(value) => patch({ [key]: value })}
          />
        ))}
      </div>
      <AgeGroupsField actor={actor} onChange={patch} />
      <ExtraRolesField actor={actor} onChange={patch} />
      <CheckboxField
        label={t('inspector.pinned')}
        hint={t('inspector.pinHint')}
        checked={actor.position?.pinned ?? false}
        disabled={!actor.position}
        onChange={(pinned) => edit((d, meta) => setPinned(d, [actor.id], pinned, meta))}
      />
      <CustomFields custom={actor.custom} />
      {isFocal ? (
        <p className="muted">{t('inspector.isFocal')}</p>
      ) : (
        <button
          type="button"
          className="btn"
          onClick={() => edit((d, meta) => updateMap(d, { focalActorId: actor.id }, meta))}
        >
          {t('inspector.makeFocal')}
        </button>
      )}

      <section className="inspector-links" aria-labelledby={`${actor.id}-links`}>
        <h3 id={`${actor.id}-links`}>{t('inspector.links', { count: links.length })}</h3>
        {links.length === 0 ? (
          <p className="muted">{t('inspector.noLinks')}</p>
        ) : (
          <ul>
            {links.map(({ c, other: o }) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="btn-quiet"
                  onClick={() => select({ kind: 'collaboration', id: c.id })}
                >
                  {o?.name ?? '?'}
                  {c.label ? ` (${c.label})` : ''}{' '}
                  <span className={`chip status-${c.status}`}>{t(`status.${c.status}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <NewLink actor={actor} doc={doc} />
      </section>

      <Stamps createdAt={actor.createdAt} updatedAt={actor.updatedAt} />
      <button type="button" className="btn btn-danger" onClick={remove}>
        {t('inspector.deleteActor')}
      </button>
    </section>
  );
}

/** Links this actor to another one it has no collaboration with yet. */
function NewLink({ actor, doc }: { actor: Actor; doc: MapDocument }) {
  const { t } = useLocale();
  const id = useId();
  const [target, setTarget] = useState('');
  const linked = new Set<string>();
  for (const c of Object.values(doc.collaborations)) {
    if (c.sourceId === actor.id) linked.add(c.targetId);
    if (c.targetId === actor.id) linked.add(c.sourceId);
  }
  const candidates = Object.values(doc.actors)
    .filter((a) => a.id !== actor.id && !linked.has(a.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  if (candidates.length === 0) return null;
  const chosen = candidates.some((a) => a.id === target) ? target : '';

  const add = () => {
    if (!chosen) return;
    let newId: string | null = null;
    edit((d, meta) => {
      const result = addCollaboration(d, { sourceId: actor.id, targetId: chosen }, meta);
      newId = result?.collaboration.id ?? null;
      return result?.doc ?? d;
    });
    setTarget('');
    if (newId) select({ kind: 'collaboration', id: newId });
  };

  return (
    <div className="field">
      <label htmlFor={id}>{t('inspector.linkTo')}</label>
      <div className="field-row">
        <select id={id} value={chosen} onChange={(e) => setTarget(e.target.value)}>
          <option value="">–</option>
          {candidates.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <button type="button" className="btn" disabled={!chosen} onClick={add}>
          {t('inspector.addLink')}
        </button>
      </div>
    </div>
  );
}

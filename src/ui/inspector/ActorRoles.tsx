/**
 * An actor's age groups and extra roles (template version 2): who it works with by age, and the
 * other template types it counts for (the county that also runs DKS). Each change is one edit.
 */
import { useId, useState } from 'react';
import { findType } from '../../domain/template';
import { type Actor, AGE_GROUPS, type AgeGroup, type Template } from '../../domain/types';
import { useLocale, useTemplate } from '../hooks';
import { typeName } from '../labels';
import { CheckboxList } from './fields';

type RolesPatch = { ageGroups?: AgeGroup[]; extraTypeIds?: string[] };

export function AgeGroupsField(props: { actor: Actor; onChange: (p: RolesPatch) => void }) {
  const { t } = useLocale();
  const template = useTemplate();
  const typeGroups = findType(template, props.actor.typeId)?.ageGroups ?? [];
  const asType = typeGroups.length
    ? typeGroups.map((g) => t(`ageGroup.${g}`)).join(', ')
    : t('roles.ageGroupsAll');
  return (
    <>
      <CheckboxList
        label={t('roles.ageGroups')}
        values={props.actor.ageGroups}
        options={AGE_GROUPS.map((g) => ({ value: g, label: t(`ageGroup.${g}`) }))}
        onChange={(values) => props.onChange({ ageGroups: values as AgeGroup[] })}
      />
      {props.actor.ageGroups.length === 0 && (
        <p className="muted">{t('roles.ageGroupsHint', { groups: asType })}</p>
      )}
    </>
  );
}

/** The template's types an actor can take on as extra roles, by sector, in template order. */
function roleChoices(template: Template, actor: Actor) {
  const taken = new Set([actor.typeId, ...actor.extraTypeIds]);
  return template.sectors
    .map((s) => ({ sector: s, types: s.types.filter((ty) => !taken.has(ty.id)) }))
    .filter((g) => g.types.length > 0);
}

export function ExtraRolesField(props: { actor: Actor; onChange: (p: RolesPatch) => void }) {
  const { t, locale } = useLocale();
  const template = useTemplate();
  const id = useId();
  const [choice, setChoice] = useState('');
  const { extraTypeIds } = props.actor;
  const groups = roleChoices(template, props.actor);
  const chosen = groups.some((g) => g.types.some((ty) => ty.id === choice)) ? choice : '';
  const name = (typeId: string) => typeName(template, typeId, locale, typeId);

  return (
    <fieldset className="field">
      <legend>{t('roles.extraRoles')}</legend>
      <p id={`${id}-hint`} className="muted">
        {t('roles.extraRolesHint')}
      </p>
      {extraTypeIds.length === 0 ? (
        <p className="muted">{t('roles.extraRolesNone')}</p>
      ) : (
        <ul className="role-list">
          {extraTypeIds.map((typeId) => (
            <li key={typeId}>
              <span>{name(typeId)}</span>{' '}
              <button
                type="button"
                className="btn-quiet"
                aria-label={t('roles.removeRole', { type: name(typeId) })}
                onClick={() =>
                  props.onChange({ extraTypeIds: extraTypeIds.filter((x) => x !== typeId) })
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id}>{t('roles.addRole')}</label>
      <div className="field-row">
        <select
          id={id}
          value={chosen}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setChoice(e.target.value)}
        >
          <option value="">–</option>
          {groups.map(({ sector, types }) => (
            <optgroup key={sector.id} label={sector.labels[locale]}>
              {types.map((ty) => (
                <option key={ty.id} value={ty.id}>
                  {ty.labels[locale]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <button
          type="button"
          className="btn"
          disabled={!chosen}
          onClick={() => {
            props.onChange({ extraTypeIds: [...extraTypeIds, chosen] });
            setChoice('');
          }}
        >
          {t('roles.addRoleButton')}
        </button>
      </div>
    </fieldset>
  );
}

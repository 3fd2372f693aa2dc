/**
 * The personal checklist, grouped before / at the office / after. Ticks come from the props
 * (the store owns them); this component only reports a toggle.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { catalog } from '../../catalog';
import { checklistGroupIds, type ChecklistItemId } from '../../domain';
import { ExternalLink } from './ExternalLink';
import { FlagNote } from './FlagNote';
import { Section } from './Section';

interface ChecklistSectionProps {
  items: readonly ChecklistItemId[];
  ticked: ReadonlySet<ChecklistItemId>;
  onToggle: (id: ChecklistItemId) => void;
}

export function ChecklistSection({ items, ticked, onToggle }: ChecklistSectionProps) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  const done = items.filter((id) => ticked.has(id)).length;
  const groups = checklistGroupIds.options
    .map((group) => ({ group, ids: items.filter((id) => catalog.checklist[id].group === group) }))
    .filter(({ ids }) => ids.length > 0);
  return (
    <Section name="checklist" title={t('sections.checklist')} data={{ 'data-count': String(items.length) }}>
      <p className="plan-progress" aria-live="polite" data-done={done}>
        {t('checklist.progress', { count: items.length, done })}
      </p>
      {groups.map(({ group, ids }) => (
        <div key={group} className="plan-checklist-group" data-group={group}>
          <h3>{tp(`checklist.groups.${group}`)}</h3>
          <ul className="plan-checklist">
            {ids.map((id) => (
              <ChecklistRow key={id} id={id} checked={ticked.has(id)} onToggle={onToggle} />
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}

interface ChecklistRowProps {
  id: ChecklistItemId;
  checked: boolean;
  onToggle: (id: ChecklistItemId) => void;
}

function ChecklistRow({ id, checked, onToggle }: ChecklistRowProps) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  const descriptionId = useId();
  const item = catalog.checklist[id];
  const title = tp(`checklist.items.${id}.title`);
  return (
    <li className="plan-checklist__item" data-item={id} data-ticked={checked ? 'true' : 'false'}>
      <label className="plan-checklist__label">
        <input
          type="checkbox"
          checked={checked}
          onChange={() => {
            onToggle(id);
          }}
          aria-describedby={descriptionId}
        />
        <span>{title}</span>
      </label>
      <div className="plan-checklist__body" id={descriptionId}>
        <p>{tp(`checklist.items.${id}.body`)}</p>
        {item.flag === undefined ? null : <FlagNote flag={item.flag} />}
      </div>
      {item.link === undefined ? null : (
        <p className="plan-checklist__link">
          <ExternalLink href={item.link}>{t('links.official', { title })}</ExternalLink>
        </p>
      )}
    </li>
  );
}

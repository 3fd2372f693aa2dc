/**
 * How to register: the route, the notes the rules attached to it (shown before its steps, so
 * nobody starts a route that cannot work for them yet), its steps, the level it gives against
 * the level needed, and the alternatives.
 */
import { useTranslation } from 'react-i18next';
import { catalog } from '../../catalog';
import type { Plan, Route, RouteNoteId } from '../../domain';
import { FlagNote } from './FlagNote';
import { Section } from './Section';
import { SourceLinks } from './SourceLinks';
import { Why } from './Why';

type RouteSectionProps = Pick<
  Plan,
  'route' | 'alternatives' | 'level' | 'levelObtained' | 'reasons' | 'checklist' | 'routeNotes'
>;

function RouteNotes({ notes }: { notes: readonly RouteNoteId[] }) {
  const { t: tp } = useTranslation('plan');
  if (notes.length === 0) return null;
  return (
    <ul className="plan-cards plan-route-notes">
      {notes.map((id) => {
        const note = catalog.routeNotes[id];
        return (
          <li key={id} className="plan-card plan-warning plan-warning--caution" data-route-note={id}>
            <h3>{tp(`routeNotes.${id}.title`)}</h3>
            <p>{tp(`routeNotes.${id}.body`)}</p>
            {note.flag === undefined ? null : <FlagNote flag={note.flag} />}
            <SourceLinks ids={note.sources} />
          </li>
        );
      })}
    </ul>
  );
}

/** A route's steps, keyed "1", "2", … in plan.json, in their numeric order. */
function useRouteSteps(route: Route): (readonly [number: string, text: string])[] {
  const { t: tp } = useTranslation('plan');
  const steps: Readonly<Record<string, string>> = tp(`routes.${route}.steps`, { returnObjects: true });
  return Object.entries(steps).sort(([a], [b]) => Number(a) - Number(b));
}

export function RouteSection({ route, alternatives, level, levelObtained, reasons, checklist, routeNotes }: RouteSectionProps) {
  const { t } = useTranslation('result');
  const { t: tp } = useTranslation('plan');
  const steps = useRouteSteps(route);
  // The rules add the "raise-level" task exactly when the route gives less than the tasks need.
  const raisesLevel = checklist.includes('raise-level');
  return (
    <Section
      name="route"
      title={t('sections.route')}
      data={{
        'data-route': route,
        'data-level': level,
        'data-level-obtained': levelObtained,
        'data-route-notes': routeNotes.join(' '),
      }}
    >
      <p className="plan-decision">{tp(`routes.${route}.name`)}</p>
      <p>{tp(`routes.${route}.summary`)}</p>
      <Why decision="route" reasons={reasons} />
      <RouteNotes notes={routeNotes} />
      <h3>{t('route.stepsTitle')}</h3>
      <ol className="plan-steps">
        {steps.map(([number, text]) => (
          <li key={number}>{text}</li>
        ))}
      </ol>
      <dl className="plan-facts">
        <div>
          <dt>{t('route.duration')}</dt>
          <dd>{tp(`routes.${route}.duration`)}</dd>
        </div>
        <div data-level-needed={level}>
          <dt>{t('route.levelNeeded')}</dt>
          <dd>
            <strong className="plan-facts__value">{tp(`levels.${level}.name`)}</strong>
            <span>{tp(`levels.${level}.body`)}</span>
            <Why decision="level" reasons={reasons} />
          </dd>
        </div>
        <div data-level-given={levelObtained}>
          <dt>{t('route.levelObtained')}</dt>
          <dd>
            <strong className="plan-facts__value">{tp(`levels.${levelObtained}.name`)}</strong>
          </dd>
        </div>
      </dl>
      {raisesLevel && (
        <div className="plan-callout" data-raise-level="">
          <h3>{t('route.raiseLevelTitle')}</h3>
          <p>{tp('checklist.items.raise-level.body')}</p>
        </div>
      )}
      {alternatives.length > 0 && (
        <div data-alternatives={alternatives.join(' ')}>
          <h3>{t('route.alternativesTitle')}</h3>
          <p>{t('route.alternativesIntro')}</p>
          <ul className="plan-list">
            {alternatives.map((id) => (
              <li key={id} data-alternative={id}>
                <strong>{tp(`routes.${id}.name`)}</strong>
                <p>{tp(`routes.${id}.summary`)}</p>
              </li>
            ))}
          </ul>
          <Why decision="alternatives" reasons={reasons} />
        </div>
      )}
    </Section>
  );
}

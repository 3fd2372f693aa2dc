/** The sources behind one statement, as a short list of links; a secondary source says so visibly. */
import { useTranslation } from 'react-i18next';
import { catalog } from '../../catalog';
import type { SourceId } from '../../domain';
import { ExternalLink } from './ExternalLink';

export function SourceLinks({ ids }: { ids: readonly SourceId[] }) {
  const { t } = useTranslation('result');
  if (ids.length === 0) return null;
  return (
    <div className="plan-source-links">
      <span className="plan-source-links__label">{t('sourceLinks.label')}</span>
      <ul className="plan-inline-list">
        {ids.map((id) => {
          const source = catalog.sources[id];
          return (
            <li key={id} data-source-link={id} data-kind={source.kind}>
              <ExternalLink href={source.url} kind={source.kind}>
                {source.title}
              </ExternalLink>
              {source.kind === 'secondary' && (
                <>
                  {' '}
                  <span className="plan-badge plan-badge--secondary">{t('sources.kind.secondary')}</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

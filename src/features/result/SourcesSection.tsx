/**
 * Every page the plan relies on: publisher, linked title, official or secondary, and the day
 * the team read it — with the reminder that the official page, not this plan, is the authority.
 */
import { useTranslation } from 'react-i18next';
import { catalog } from '../../catalog';
import type { SourceId } from '../../domain';
import { ExternalLink } from './ExternalLink';
import { LastChecked } from './LastChecked';
import { Section } from './Section';

export function SourcesSection({ sources }: { sources: readonly SourceId[] }) {
  const { t } = useTranslation('result');
  return (
    <Section name="sources" title={t('sections.sources')} data={{ 'data-count': String(sources.length) }}>
      <p>{t('sources.intro')}</p>
      <p className="plan-callout" data-sources-authority="">
        {t('sources.authority')}
      </p>
      <ul className="plan-sources">
        {sources.map((id) => {
          const source = catalog.sources[id];
          return (
            <li key={id} className="plan-source" data-source={id} data-kind={source.kind} data-confidence={source.confidence}>
              <span className="plan-source__publisher">{source.publisher}</span>
              <ExternalLink href={source.url} kind={source.kind}>
                {source.title}
              </ExternalLink>
              <span className="plan-source__meta">
                <span className={`plan-badge plan-badge--${source.kind}`}>{t(`sources.kind.${source.kind}`)}</span>
                {source.confidence === 'low' && (
                  <span className="plan-badge plan-badge--flag">{t('sources.lowConfidence')}</span>
                )}
                <LastChecked date={source.lastChecked} />
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

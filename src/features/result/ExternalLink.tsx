/**
 * A link to another site. It opens in the same tab (the user's choice to open elsewhere),
 * says so to screen readers, and sends no referrer: the page address may carry answers.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceKind } from '../../catalog';

interface ExternalLinkProps {
  href: string;
  /** official sites are named as such; secondary ones as "an external site" */
  kind?: SourceKind;
  children: ReactNode;
}

export function ExternalLink({ href, kind = 'official', children }: ExternalLinkProps) {
  const { t } = useTranslation('result');
  return (
    <a href={href} rel="noreferrer" className="plan-external" data-external={kind}>
      {children} <span className="visually-hidden">{t(`external.${kind}`)}</span>
    </a>
  );
}

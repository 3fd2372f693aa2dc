/**
 * The polite notice after opening a link with parameters that could not be used: they are
 * ignored and named here (docs/hosting.md#link-format-for-agents-and-integrators).
 * role=status, dismissible, never takes focus.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { questionIdSchema } from '../../domain';
import { WHOLE_LINK, type DroppedAnswer, type LinkNoticeData, type RejectedParam } from '../../share';
import { questionCheckLabel } from '../common';
import { dismissLinkNotice, useLinkNotice } from './notice-store';
import './share.css';

/** More than this many items are summarised as "and N more". */
const MAX_ITEMS = 8;

const OUR_NAMES = ['lang', 'v', 'embed', 'accent', 'bg', 'frame', 'origin', 'problem', 'oldsms'] as const;
type OurName = (typeof OUR_NAMES)[number];

function isOurName(name: string): name is OurName {
  return (OUR_NAMES as readonly string[]).includes(name);
}

/** A question by its short label, one of our other parameters by its name, anything else quoted as written. */
function paramName(t: TFunction<'agent'>, tq: TFunction, param: string): string {
  const question = questionIdSchema.safeParse(param);
  if (question.success) return questionCheckLabel(tq, question.data);
  if (isOurName(param)) return t(`links.notice.names.${param}`);
  return t('links.notice.quoted', { name: param });
}

function items(t: TFunction<'agent'>, tq: TFunction, notice: LinkNoticeData): string[] {
  const rejected = notice.rejected.filter((r: RejectedParam) => r.param !== WHOLE_LINK);
  return [
    ...rejected.map((r) => t('links.notice.item', { name: paramName(t, tq, r.param), reason: t(`links.notice.reasons.${r.reason}`) })),
    ...notice.dropped.map((d: DroppedAnswer) =>
      t('links.notice.dropped', { name: d.value === undefined ? paramName(t, tq, d.param) : `${paramName(t, tq, d.param)} (${d.value})` }),
    ),
  ];
}

export function LinkNoticeView({ notice, onDismiss }: { readonly notice: LinkNoticeData; readonly onDismiss: () => void }) {
  const { t } = useTranslation('agent');
  const { t: tq } = useTranslation();
  const wholeLink = notice.rejected.some((r) => r.param === WHOLE_LINK);
  const all = items(t, tq, notice);
  const shown = all.slice(0, MAX_ITEMS);
  return (
    <div className="notice link-notice" role="status" data-testid="link-notice">
      <p className="link-notice__title">
        <strong>{t('links.notice.title')}</strong>
      </p>
      {notice.migratedFrom === undefined ? null : <p>{t('links.notice.migrated')}</p>}
      {wholeLink ? <p>{t('links.notice.wholeLink')}</p> : null}
      {shown.length > 0 ? (
        <ul className="list list--bullet">
          {shown.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
          {all.length > shown.length ? <li>{t('links.notice.more', { count: all.length - shown.length })}</li> : null}
        </ul>
      ) : null}
      {wholeLink ? null : <p>{notice.noneUsed === true ? t('links.notice.noneUsed') : t('links.notice.lead')}</p>}
      {notice.clearedStored === true ? <p>{t('links.notice.clearedStored')}</p> : null}
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t('links.notice.dismiss')}
      </button>
    </div>
  );
}

/** Renders the current link notice, if any. Place it once, above the page content. */
export function LinkNotice() {
  const notice = useLinkNotice();
  if (notice === undefined) return null;
  return <LinkNoticeView notice={notice} onDismiss={dismissLinkNotice} />;
}

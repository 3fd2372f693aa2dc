/**
 * `/agent`: relocation agents prepare a link for a client
 * (docs/hosting.md#link-format-for-agents-and-integrators): which path it opens (getting Cl@ve,
 * or fixing a problem with it, docs/fix.md), a form with that path's questions
 * ("not set" by default), the language and the embed options; the live link, its QR code and
 * the embed code, each copied in one click; a warning for answers the link's path will not use;
 * and "New client", which clears everything this guide stored on the device (one client's
 * answers must never pre-fill the next client's).
 *
 * The form lives in component state only: it is never persisted.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceInput, PageHeading } from '../../components';
import type { Answers, FixAnswers } from '../../domain';
import { embedOptionsToParams, frameIdSchema, normaliseAccent, type EmbedOptions } from '../../embed';
import { languageName, LANGUAGES } from '../../i18n';
import { clearDeviceStorage, useWizard, useWizardActions } from '../../store';
import { questionTitle, usePageTitle } from '../common';
import { appBaseUrl, CopyField, dismissLinkNotice } from '../share';
import { FixAnswerFields, MainAnswerFields } from './AnswerFields';
import { fixTarget, mainTarget, type LinkPath } from './link-target';
import { QrCode } from './QrCode';
import { embedSnippet } from './snippet';
import './agent.css';

interface EmbedForm {
  readonly enabled: boolean;
  readonly accent: string;
  readonly transparent: boolean;
  readonly frame: string;
}

const NO_EMBED_FORM: EmbedForm = { enabled: false, accent: '', transparent: false, frame: '' };

export function AgentPage() {
  const { t } = useTranslation('agent');
  const { t: tq } = useTranslation();
  const { reset } = useWizardActions();
  const uid = useId();
  const [path, setPath] = useState<LinkPath>('main');
  const [answers, setAnswers] = useState<Answers>({});
  const [fixAnswers, setFixAnswers] = useState<FixAnswers>({});
  const [lang, setLang] = useState('');
  const [embed, setEmbed] = useState<EmbedForm>(NO_EMBED_FORM);
  const [cleared, setCleared] = useState(false);
  usePageTitle(t('agent.title'));

  // "New client" or "Clear my answers" in another tab ends this client here too: the form empties.
  const session = useWizard((s) => s.session);
  const [formSession, setFormSession] = useState(session);
  if (session !== formSession) {
    setFormSession(session);
    setAnswers({});
    setFixAnswers({});
    setLang('');
    setEmbed(NO_EMBED_FORM);
  }

  const accentText = embed.accent.trim();
  const accent = accentText === '' ? undefined : normaliseAccent(accentText);
  const accentInvalid = accentText !== '' && accent === undefined;
  const frameInvalid = embed.frame !== '' && !frameIdSchema.safeParse(embed.frame).success;

  const base = appBaseUrl();
  const embedOptions: EmbedOptions = {
    enabled: embed.enabled,
    transparent: embed.transparent,
    ...(accent === undefined ? {} : { accent }),
    ...(embed.frame === '' || frameInvalid ? {} : { frame: embed.frame }),
  };
  const linkOptions = { ...(lang === '' ? {} : { lang }), embed: embedOptionsToParams(embedOptions) };
  const target = useMemo(() => (path === 'fix' ? fixTarget(base, fixAnswers) : mainTarget(base, answers)), [path, base, answers, fixAnswers]);
  const link = target.build(linkOptions);
  const snippet = embedSnippet({
    base,
    answers: new URL(target.build({})).search.slice(1),
    ...(target.page === undefined ? {} : { page: target.page }),
    lang,
    accent,
    transparent: embed.transparent,
  });

  function change(next: Answers) {
    setAnswers(next);
    setCleared(false);
  }

  function changeFix(next: FixAnswers) {
    setFixAnswers(next);
    setCleared(false);
  }

  function newClient() {
    setAnswers({});
    setFixAnswers({});
    setLang('');
    setEmbed(NO_EMBED_FORM);
    dismissLinkNotice();
    clearDeviceStorage();
    // After the wipe, so the new, empty set of answers is what is stored: every other tab adopts it,
    // and a tab still showing the previous client's pages cannot add to it.
    reset();
    setCleared(true);
  }

  const opens = target.opens;
  const opensText =
    opens.kind === 'result'
      ? t('agent.opens.result')
      : opens.kind === 'fix-result'
        ? t('agent.opens.fixResult')
        : opens.kind === 'start'
          ? t('agent.opens.start')
          : t('agent.opens.question', { question: questionTitle(tq, opens.id, opens.words) });

  return (
    <div className="agent-page">
      <PageHeading>{t('agent.title')}</PageHeading>
      <p className="lead">{t('agent.lead')}</p>

      <div className="panel">
        <p>
          <button type="button" className="button button--secondary" onClick={newClient} aria-describedby={`${uid}-new-hint`}>
            {t('agent.newClient.button')}
          </button>
        </p>
        <p className="hint" id={`${uid}-new-hint`}>
          {t('agent.newClient.hint')}
        </p>
        <p role="status">{cleared ? t('agent.newClient.done') : ''}</p>
      </div>

      <div className="agent-page__grid">
        <form className="agent-page__form" aria-labelledby={`${uid}-answers`} onSubmit={(event) => { event.preventDefault(); }}>
          <fieldset className="fieldset" data-testid="agent-path">
            <legend className="fieldset__legend">{t('agent.path.title')}</legend>
            <div className="choices choices--radios">
              {(['main', 'fix'] as const).map((p) => (
                <ChoiceInput
                  type="radio"
                  key={p}
                  name={`${uid}-path`}
                  id={`${uid}-path-${p}`}
                  value={p}
                  checked={path === p}
                  onChange={() => {
                    setPath(p);
                    setCleared(false);
                  }}
                >
                  {t(`agent.path.${p}`)}
                </ChoiceInput>
              ))}
            </div>
          </fieldset>
          <h2 id={`${uid}-answers`}>{t('agent.answers.title')}</h2>
          {path === 'fix' ? (
            <FixAnswerFields answers={fixAnswers} onChange={changeFix} />
          ) : (
            <MainAnswerFields answers={answers} onChange={change} />
          )}

          <div className="form-group">
            <label className="label" htmlFor={`${uid}-lang`}>
              {t('agent.language.label')}
            </label>
            <select
              id={`${uid}-lang`}
              className="input"
              value={lang}
              onChange={(event) => {
                setLang(event.currentTarget.value);
              }}
            >
              <option value="">{t('agent.language.browser')}</option>
              {LANGUAGES.map((lng) => (
                <option key={lng} value={lng} lang={lng}>
                  {languageName(lng)}
                </option>
              ))}
            </select>
          </div>

          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('agent.embed.title')}</legend>
            <div className="choices choices--checkboxes">
              <ChoiceInput
                type="checkbox"
                id={`${uid}-embed`}
                value="embed"
                checked={embed.enabled}
                onChange={(enabled) => {
                  setEmbed({ ...embed, enabled });
                }}
              >
                {t('agent.embed.enabled')}
              </ChoiceInput>
              <ChoiceInput
                type="checkbox"
                id={`${uid}-transparent`}
                value="transparent"
                checked={embed.transparent}
                onChange={(transparent) => {
                  setEmbed({ ...embed, transparent });
                }}
              >
                {t('agent.embed.transparent')}
              </ChoiceInput>
            </div>
            <div className={accentInvalid ? 'form-group form-group--error' : 'form-group'}>
              <label className="label" htmlFor={`${uid}-accent`}>
                {t('agent.embed.accent')}
              </label>
              {accentInvalid ? (
                <p className="error-message" id={`${uid}-accent-error`}>
                  {t('agent.embed.accentInvalid')}
                </p>
              ) : null}
              <input
                id={`${uid}-accent`}
                className="input"
                type="text"
                inputMode="text"
                autoComplete="off"
                spellCheck={false}
                value={embed.accent}
                aria-invalid={accentInvalid}
                aria-describedby={accentInvalid ? `${uid}-accent-error` : undefined}
                onChange={(event) => {
                  setEmbed({ ...embed, accent: event.currentTarget.value });
                }}
              />
            </div>
            <div className={frameInvalid ? 'form-group form-group--error' : 'form-group'}>
              <label className="label" htmlFor={`${uid}-frame`}>
                {t('agent.embed.frame')}
              </label>
              {frameInvalid ? (
                <p className="error-message" id={`${uid}-frame-error`}>
                  {t('agent.embed.frameInvalid')}
                </p>
              ) : null}
              <input
                id={`${uid}-frame`}
                className="input"
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={embed.frame}
                aria-invalid={frameInvalid}
                aria-describedby={frameInvalid ? `${uid}-frame-error` : undefined}
                onChange={(event) => {
                  setEmbed({ ...embed, frame: event.currentTarget.value });
                }}
              />
            </div>
          </fieldset>
        </form>

        <div className="agent-page__output">
          <section aria-labelledby={`${uid}-link-title`}>
            <h2 id={`${uid}-link-title`}>{t('agent.link.title')}</h2>
            {target.offPath.length > 0 ? (
              <div className="notice" data-testid="agent-off-path">
                <p>
                  <strong>{t('agent.offPath.title')}</strong>
                </p>
                <p>{t('agent.offPath.body')}</p>
                <ul className="list list--bullet">
                  {target.offPath.map((id) => (
                    <li key={id}>{questionTitle(tq, id, target.words)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <p data-testid="agent-opens">{opensText}</p>
            <CopyField
              id={`${uid}-link`}
              label={t('agent.link.label')}
              value={link}
              rows={3}
              copyLabel={t('agent.link.copy')}
              copied={t('agent.link.copied')}
              failed={t('agent.link.copyFailed')}
              testId="agent-link"
            />
          </section>
          <section aria-labelledby={`${uid}-qr-title`}>
            <h2 id={`${uid}-qr-title`}>{t('agent.qr.title')}</h2>
            <QrCode value={link} label={t('agent.qr.alt')} downloadLabel={t('agent.qr.download')} tooLongText={t('agent.qr.tooLong')} />
          </section>
          <section aria-labelledby={`${uid}-snippet-title`}>
            <h2 id={`${uid}-snippet-title`}>{t('agent.snippet.title')}</h2>
            <p className="hint">{t('agent.snippet.hint')}</p>
            <CopyField
              id={`${uid}-snippet`}
              label={t('agent.snippet.label')}
              value={snippet}
              rows={4}
              copyLabel={t('agent.snippet.copy')}
              copied={t('agent.snippet.copied')}
              failed={t('agent.snippet.copyFailed')}
              testId="agent-snippet"
            />
          </section>
        </div>
      </div>
    </div>
  );
}

/**
 * The ten content corrections of rules v3, each as a check over one plan: `applies` says
 * whether the correction is about this plan (so a run can prove it was exercised, not
 * vacuous), `problem` what is wrong with it, if anything. The invariant walk runs them all.
 * Text checks look at what the page shows, through the locale keys of support/plan-text.
 */
import type { Answers, Plan } from '../../../src/domain';
import { PLAN_TEXT, planTextKeys, sayer } from './plan-text';

export interface Correction {
  applies: (a: Answers, p: Plan) => boolean;
  problem: (a: Answers, p: Plan) => string | undefined;
}

const sign = (a: Answers): boolean => a.tasks?.includes('sign') ?? false;

/** Keys whose text has a sentence matching both patterns. */
function sentenceSayer(...patterns: RegExp[]): (p: Plan) => string | undefined {
  const matching = new Set(
    Object.keys(PLAN_TEXT).filter((k) =>
      (PLAN_TEXT[k] ?? '').split(/(?<=[.!?])\s+/).some((sentence) => patterns.every((re) => re.test(sentence))),
    ),
  );
  return (p) => planTextKeys(p).find((k) => matching.has(k));
}

const saysOnceYouHaveAMobile = sayer(/of your own that receives SMS, Spanish or from another country/);
const saysOnlyNotary = sentenceSayer(/notar/i, /\bonly\b/i);
const saysConsulate = sayer(/consulate abroad/);
const mentionsCensusFormNumber = sayer(/\b03[67]\b/);
const saysCensusWithClave = sentenceSayer(/census (return|declaration|form)/i, /with Cl@ve/);
const saysSameComputer = sayer(/same computer/);
const saysSegSocialNeeds = sentenceSayer(/Seguridad Social/, /\bneeds?\b.*advanced|advanced.*\bneeded\b/);

export const CORRECTIONS: Readonly<Record<string, Correction>> = {
  '1 no phone: every plan without a mobile says its route applies once the user has one of their own (any country), else only a certificate':
    {
      applies: (a) => a.phone === 'none',
      problem: (_a, p) => {
        const note = p.routeNotes.find((n) => n === 'after-mobile' || n === 'after-mobile-certificate-first');
        if (note === undefined) return `no after-mobile note (blockers ${p.blockers.join(',')})`;
        const key = saysOnceYouHaveAMobile(p);
        return key?.startsWith('routeNotes.') === true ? undefined : 'the route section does not say "once you have a mobile of your own"';
      },
    },
  '2 app video: basic until the review, then advanced with nothing to do; never the raise-level advice': {
    applies: (_a, p) => p.route === 'app-video',
    problem: (_a, p) => {
      if (p.levelObtained !== 'advanced') return `level obtained ${p.levelObtained}`;
      if (!p.routeNotes.includes('basic-until-review')) return 'no basic-until-review note';
      if (p.checklist.includes('raise-level')) return 'raise-level item';
      if (p.warnings.includes('level-below-needed')) return 'level-below-needed warning';
      return undefined;
    },
  },
  '3 signing on the letter: no Cl@ve Firma, the route says signing needs advanced and how, no-remote-route when neither a visit nor a computer allows it':
    {
      applies: (a, p) => p.route === 'invitation-letter' && sign(a),
      problem: (a, p) => {
        if (p.alsoActivate.includes('firma') || p.checklist.includes('activate-firma')) return 'Cl@ve Firma on the letter';
        if (!p.routeNotes.includes('letter-cannot-sign')) return 'no letter-cannot-sign note';
        const stuck = a.visit === 'no' && a.computer !== 'yes';
        if (stuck !== p.warnings.includes('no-remote-route')) return `no-remote-route ${stuck ? 'missing' : 'shown'}`;
        return undefined;
      },
    },
  '3 (everywhere) Cl@ve Firma only where the route ends at the advanced level': {
    applies: (_a, p) => p.alsoActivate.includes('firma'),
    problem: (_a, p) => (p.levelObtained === 'advanced' ? undefined : `firma on ${p.route} (${p.levelObtained})`),
  },
  "4 companies' census form: the director's own address goes on 030, and no company plan mentions 036/037 or a census return with Cl@ve":
    {
      applies: (a) => a.work === 'company',
      problem: (_a, p) => {
        if (p.checklist.includes('census-form-036-by-post') || p.nextSteps.some((s) => s.step === 'census-036')) return '036 for a company';
        return mentionsCensusFormNumber(p) ?? saysCensusWithClave(p);
      },
    },
  '5 companies without a computer: the plan says the representative certificate needs one (request and download on the same)': {
    applies: (a) => a.work === 'company' && a.computer === 'no',
    problem: (_a, p) =>
      !p.warnings.includes('company-certificate-needs-computer')
        ? 'no company-certificate-needs-computer warning'
        : saysSameComputer(p) === undefined
          ? 'nothing says "same computer"'
          : undefined,
  },
  '6 EU citizens: the Extranjería online status is shown as not available, and immigration-status-no-eid never appears': {
    applies: (a) => a.doc === 'eu-cert',
    problem: (a, p) => {
      if (p.warnings.includes('immigration-status-no-eid')) return 'immigration-status-no-eid shown';
      const row = p.capabilities.find((c) => c.capability === 'extranjeria-status');
      if (row?.status !== 'not-for-eu') return `extranjeria-status ${row?.status ?? 'missing'}`;
      if ((a.tasks?.includes('immigration') ?? false) && !p.warnings.includes('immigration-status-not-for-eu')) return 'no EU warning';
      return undefined;
    },
  },
  '7 FNMT without visiting an office in Spain: never "only" a notarised signature; a consulate named; FNMT video flagged': {
    applies: () => true,
    problem: (_a, p) => {
      const only = saysOnlyNotary(p);
      if (only !== undefined) return `"${only}" says a notarised signature is the only way`;
      if (p.route === 'fnmt-then-certificate' && saysConsulate(p) === undefined) return 'FNMT route without the consulate';
      if (p.checklist.includes('fnmt-notarised-signature') && !planTextKeys(p).includes('flags.fnmt-video-identification')) {
        return 'no FNMT video flag';
      }
      return undefined;
    },
  },
  '8 white NIE sheet on the certificate route: a flag says registering with the certificate is unconfirmed': {
    applies: (a, p) => a.id === 'nie' && a.doc === 'nie-paper' && p.route === 'fnmt-then-certificate',
    problem: (_a, p) =>
      p.routeNotes.includes('nie-paper-certificate-unconfirmed') &&
      planTextKeys(p).includes('flags.nie-paper-certificate-registration')
        ? undefined
        : 'no nie-paper-certificate-unconfirmed note with its flag',
  },
  '9 the Seguridad Social row says advanced is recommended, never needed': {
    applies: () => true,
    problem: (_a, p) => {
      const row = p.capabilities.find((c) => c.capability === 'seguridad-social');
      if (row?.requirement !== 'advanced-recommended') return `requirement ${row?.requirement ?? 'missing'}`;
      return saysSegSocialNeeds(p);
    },
  },
};

/** Which Cl@ve login to use, and what else to activate (docs/rules.md#login-variant-and-also-activate). */
import type { AlsoActivate, Answers, Route, Variant } from '../domain';
import { hasOnlyNiePaper, hasTask, hasUsableCertificate } from './conditions';
import { reason, type Decided, type RuleHit } from './reasons';

export function decideVariant(a: Answers): Decided<Variant> {
  // The app's activation, Cl@ve Móvil without QR and the SMS PIN all ask for a support number.
  if (hasOnlyNiePaper(a)) {
    return { value: 'permanente', reasons: [reason('variant', 'variant.nie-paper-permanente')] };
  }
  if (a.app === 'yes') return { value: 'movil', reasons: [reason('variant', 'variant.app-movil')] };
  return { value: 'pin', reasons: [reason('variant', 'variant.sms-pin')] };
}

export function decideAlsoActivate(a: Answers, variant: Variant, route: Route): Decided<AlsoActivate[]> {
  const reasons: RuleHit[] = [];
  // Cl@ve Firma needs the advanced level, so only on routes that end there without a certificate:
  // the letter gives basic (route note letter-cannot-sign), and a certificate already signs.
  const firma = hasTask(a, 'sign') && !hasUsableCertificate(a) && (route === 'in-person' || route === 'app-video');
  if (firma) reasons.push(reason('variant', 'variant.also-firma'));
  const permanenteReasons: RuleHit[] = [];
  if (a.use === 'regular') permanenteReasons.push(reason('variant', 'variant.also-permanente-regular'));
  if (hasTask(a, 'health')) permanenteReasons.push(reason('variant', 'variant.also-permanente-health'));
  if (firma) permanenteReasons.push(reason('variant', 'variant.also-permanente-firma'));
  const permanente = permanenteReasons.length > 0 && variant !== 'permanente';
  const value: AlsoActivate[] = [];
  if (permanente) {
    value.push('permanente');
    reasons.unshift(...permanenteReasons);
  }
  if (firma) value.push('firma');
  return { value, reasons };
}

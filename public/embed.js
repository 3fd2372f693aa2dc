/*!
 * Cl@ve Wizard host-page script. No dependencies; MIT.
 *
 * Usage on an agency's page:
 *   <div data-clave-wizard data-id="nie" data-doc="tie" data-lang="es" data-accent="#0b6e4f"></div>
 *   <script src="https://WIZARD-ORIGIN/embed.js" async></script>
 *
 * Where the wizard is: the origin this script was loaded from (load it as a classic script, not a
 * module, so it can see its own address). If you serve a copy of this file from your own site,
 * name the wizard on the script tag: <script src="/js/embed.js" data-wizard-origin="https://WIZARD-ORIGIN">.
 * Nothing else decides the iframe's address, and the script trusts messages from that origin only.
 *
 * Attributes of the element (all optional):
 *   data-answers="id=nie&doc=tie"  answers as a query string; data-<question id> (data-id, data-doc,
 *                                  data-tasks="tax,sign" …) set one answer each and win over it
 *   data-lang, data-accent (hex), data-bg="transparent", data-title (the iframe's accessible name)
 *   data-min-height, data-max-height (px, clamp the automatic height), data-height (before the first resize)
 *   data-src    a page of the wizard: an absolute http(s) address on the wizard's origin. Any other
 *               value (javascript:, data:, blob:, relative, another origin, malformed) is ignored
 *               with a console warning, and the wizard's start page is used.
 *
 * The element receives the wizard's events as DOM events (they bubble):
 *   clave-wizard:step    detail = { source, version, type: 'step', frame, step }
 *   clave-wizard:result  detail = { source, version, type: 'result', frame, result: { route, level, … } }
 *   clave-wizard:fix-result  detail = { source, version, type: 'fix-result', frame, result: { fix, notes, … } }
 * (steps of the "I already have Cl@ve" path are named fix:<page>, e.g. fix:problem, fix:result)
 * Call window.ClaveWizard.scan() after adding elements later.
 */
(function () {
  'use strict';

  var QUESTIONS = ['id', 'doc', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'visit', 'computer', 'fiscal', 'island'];
  // The plan's ids a result event carries (the wizard's RESULT_EVENT_KEYS); nothing else is passed on.
  var RESULT_KEYS = ['blockers', 'level', 'levelObtained', 'route', 'alternatives', 'variant', 'alsoActivate', 'fnmt', 'checklist', 'warnings'];
  var FIX_RESULT_KEYS = ['fix', 'notes', 'warnings', 'bring'];
  // Parameters this script sets itself: a value smuggled in through data-answers must not replace them.
  var OWN_PARAMS = ['embed', 'frame', 'origin'];
  // The wizard never reports a taller page (its protocol caps heights there too).
  var MAX_HEIGHT = 100000;
  var ID = /^[A-Za-z0-9][A-Za-z0-9:_-]{0,63}$/;

  function warn(message) {
    if (typeof console !== 'undefined' && console.warn) console.warn('Cl@ve Wizard embed: ' + message);
  }

  // An absolute http(s) URL without credentials, or null. Relative values never resolve against
  // the host page: its own origin is not the wizard's.
  function httpUrl(value) {
    var url;
    try {
      url = new URL(String(value));
    } catch {
      return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password) return null;
    return url;
  }

  // Where the wizard is, decided once from this script's own tag (document.currentScript exists only
  // while a classic script runs, so markup added to the page later cannot pose as it).
  function findWizard(script) {
    var own = script && script.src ? httpUrl(script.src) : null;
    var configured = script ? script.getAttribute('data-wizard-origin') : null;
    if (configured !== null) {
      var url = httpUrl(configured);
      // Exactly an origin: a path, query or credentials mean the value is not what it claims.
      if (url && configured.replace(/\/$/, '') === url.origin) {
        return { origin: url.origin, base: own && own.origin === url.origin ? new URL('./', own).href : url.origin + '/' };
      }
      warn('data-wizard-origin must be an http(s) origin such as https://wizard.example; ignored.');
    }
    if (own) return { origin: own.origin, base: new URL('./', own).href };
    warn('cannot tell where the wizard is: load embed.js from the wizard as a classic <script src>, or set data-wizard-origin on its tag.');
    return null;
  }

  var wizard = findWizard(document.currentScript);
  var count = 0;

  function number(value, fallback) {
    var n = parseInt(value, 10);
    return isFinite(n) && n >= 0 ? n : fallback;
  }

  function clamp(value, min, max) {
    return Math.max(min, Math.min(max, value));
  }

  // The iframe's address: data-src only when it is a page of the wizard's own origin.
  function frameUrl(el) {
    var requested = el.getAttribute('data-src');
    if (requested !== null) {
      var url = httpUrl(requested);
      if (url && url.origin === wizard.origin) return url;
      warn('data-src must be an absolute http(s) address on ' + wizard.origin + '; ignored, the wizard opens at its start.');
    }
    return new URL(wizard.base);
  }

  function strings(value) {
    if (typeof value === 'string') return ID.test(value) ? value : undefined;
    if (!Array.isArray(value)) return undefined;
    var kept = [];
    for (var i = 0; i < value.length && i < 100; i++) if (typeof value[i] === 'string' && ID.test(value[i])) kept.push(value[i]);
    return kept;
  }

  // What the host page receives: a fresh object with the protocol's fields only, ids as strings.
  function detailOf(m, frame) {
    var detail = { source: m.source, version: m.version, type: m.type, frame: frame };
    if (m.type === 'step') {
      detail.step = m.step;
    } else {
      detail.result = {};
      (m.type === 'fix-result' ? FIX_RESULT_KEYS : RESULT_KEYS).forEach(function (key) {
        var value = strings(m.result[key]);
        if (value !== undefined) detail.result[key] = value;
      });
    }
    return detail;
  }

  // Only messages that look exactly like ours are passed on.
  function isWizardMessage(m, frame) {
    return (
      m !== null && typeof m === 'object' && m.source === 'clave-wizard' && m.version === 1 &&
      (m.frame === undefined || m.frame === frame) &&
      ((m.type === 'resize' && typeof m.height === 'number' && isFinite(m.height)) ||
        (m.type === 'step' && typeof m.step === 'string' && ID.test(m.step)) ||
        ((m.type === 'result' || m.type === 'fix-result') &&
          m.result !== null && typeof m.result === 'object' && !Array.isArray(m.result)))
    );
  }

  function embed(el) {
    if (el.getAttribute('data-clave-wizard-ready') !== null) return; // already embedded
    var d = el.dataset;
    var src = frameUrl(el);
    var frame = 'cw' + ++count + '-' + Math.random().toString(36).slice(2, 8);

    // The wizard validates every parameter itself and tells the user about bad ones.
    var params = new URLSearchParams(d.answers || '');
    OWN_PARAMS.forEach(function (name) {
      params.delete(name);
    });
    QUESTIONS.forEach(function (id) {
      var value = el.getAttribute('data-' + id);
      if (value !== null) params.set(id, value);
    });
    if (d.lang) params.set('lang', d.lang);
    if (d.accent) params.set('accent', d.accent.replace(/^#/, ''));
    if (d.bg) params.set('bg', d.bg);
    params.set('embed', '1');
    params.set('frame', frame);
    if (location.origin && location.origin !== 'null') params.set('origin', location.origin);
    src.search = params.toString().replace(/%2C/g, ',');
    src.hash = '';

    var min = clamp(number(d.minHeight, 320), 0, MAX_HEIGHT);
    var max = clamp(number(d.maxHeight, MAX_HEIGHT), min, MAX_HEIGHT);
    var iframe = document.createElement('iframe');
    iframe.setAttribute('title', d.title || 'Cl@ve Wizard');
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin'); // lets the wizard check who embeds it
    iframe.setAttribute('allow', 'clipboard-write'); // for its "copy link" buttons
    iframe.src = src.href;
    iframe.style.cssText = 'display:block;width:100%;border:0;height:' + clamp(number(d.height, 640), min, max) + 'px';
    el.setAttribute('data-clave-wizard-ready', frame);
    el.appendChild(iframe);

    window.addEventListener('message', function (event) {
      // Accept a message only from this iframe's window AND from the wizard's origin.
      if (event.source !== iframe.contentWindow || event.origin !== wizard.origin) return;
      var m = event.data;
      if (!isWizardMessage(m, frame)) return;
      if (m.type === 'resize') {
        iframe.style.height = clamp(Math.ceil(m.height), min, max) + 'px';
      } else {
        el.dispatchEvent(new CustomEvent('clave-wizard:' + m.type, { detail: detailOf(m, frame), bubbles: true }));
      }
    });
  }

  function scan() {
    if (wizard === null) return;
    Array.prototype.forEach.call(document.querySelectorAll('[data-clave-wizard]'), embed);
  }

  window.ClaveWizard = { scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();

/*!
 * Cl@ve Wizard host-page script. No dependencies; MIT.
 *
 * Usage on an agency's page:
 *   <div data-clave-wizard data-id="nie" data-doc="tie" data-lang="es" data-accent="#0b6e4f"></div>
 *   <script src="https://WIZARD-ORIGIN/embed.js" async></script>
 *
 * Attributes of the element (all optional):
 *   data-answers="id=nie&doc=tie"  answers as a query string; data-<question id> (data-id, data-doc,
 *                                  data-tasks="tax,sign" …) set one answer each and win over it
 *   data-lang, data-accent (hex), data-bg="transparent", data-title (the iframe's accessible name)
 *   data-min-height, data-max-height (px, clamp the automatic height), data-height (before the first resize)
 *   data-src    the wizard's address (default: the folder this script was loaded from)
 *
 * The element receives the wizard's events as DOM events (they bubble):
 *   clave-wizard:step    detail = { source, version, type: 'step', frame, step }
 *   clave-wizard:result  detail = { source, version, type: 'result', frame, result: { route, level, … } }
 * Call window.ClaveWizard.scan() after adding elements later.
 */
(function () {
  'use strict';

  var QUESTIONS = ['id', 'doc', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'visit', 'computer', 'fiscal', 'island'];
  var script = document.currentScript;
  // The wizard lives next to this script unless data-src says otherwise.
  var defaultSrc = script && script.src ? new URL('./', script.src).href : new URL('./', location.href).href;
  var count = 0;

  function number(value, fallback) {
    var n = parseInt(value, 10);
    return isFinite(n) && n >= 0 ? n : fallback;
  }

  function clamp(value, min, max) {
    return Math.max(min, Math.min(max, value));
  }

  // Only messages that look exactly like ours are passed on.
  function isWizardMessage(m, frame) {
    return (
      m !== null && typeof m === 'object' && m.source === 'clave-wizard' && m.version === 1 &&
      (m.frame === undefined || m.frame === frame) &&
      ((m.type === 'resize' && typeof m.height === 'number' && isFinite(m.height)) ||
        (m.type === 'step' && typeof m.step === 'string') ||
        (m.type === 'result' && m.result !== null && typeof m.result === 'object'))
    );
  }

  function embed(el) {
    if (el.getAttribute('data-clave-wizard-ready') !== null) return; // already embedded
    var d = el.dataset;
    var src;
    try {
      src = new URL(d.src || defaultSrc, location.href);
    } catch {
      return; // an unusable data-src: leave the element alone
    }
    var wizardOrigin = src.origin;
    var frame = 'cw' + ++count + '-' + Math.random().toString(36).slice(2, 8);

    // The wizard validates every parameter itself and tells the user about bad ones.
    var params = new URLSearchParams(d.answers || '');
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

    var min = number(d.minHeight, 320);
    var max = Math.max(min, number(d.maxHeight, 100000));
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
      if (event.source !== iframe.contentWindow || event.origin !== wizardOrigin) return;
      var m = event.data;
      if (!isWizardMessage(m, frame)) return;
      if (m.type === 'resize') {
        iframe.style.height = clamp(Math.ceil(m.height), min, max) + 'px';
      } else {
        el.dispatchEvent(new CustomEvent('clave-wizard:' + m.type, { detail: m, bubbles: true }));
      }
    });
  }

  function scan() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-clave-wizard]'), embed);
  }

  window.ClaveWizard = { scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const para = (i: number) =>
  `<p>Paragraph ${i}: a closure is a function together with the variables of the scope in which it was created, and a callback is a function passed to another function.</p>`;

/**
 * Pages built to break a content script: huge, empty, framed, shadowed, with a strict CSP, with
 * the page's globals sabotaged, with forged messages, malformed. Written to `dir`; returns names.
 * Page scripts here are deterministic so that a page loaded with and without Rung must serialize
 * to the same DOM.
 */
export function writeHostilePages(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const pages: Record<string, string> = {
    'huge-text.html': `<!doctype html><html lang="en"><head><title>Huge text</title></head><body><article><h1>Huge</h1>${`<p>${'Closures capture variables from the lexical scope. '.repeat(2000)}${'</p>'.repeat(1)}`}${Array.from({ length: 100 }, (_, i) => `<p>${`Iterators produce values lazily one at a time number ${i}. `.repeat(1900)}</p>`).join('')}</article></body></html>`,
    'many-elements.html': `<!doctype html><html lang="en"><head><title>Many elements</title></head><body><main>${Array.from({ length: 100_000 }, (_, i) => (i % 1000 === 0 ? para(i) : `<span>${i % 10}</span>`)).join('')}</main></body></html>`,
    'empty.html': '<!doctype html><html><head><title></title></head><body></body></html>',
    'no-text.html':
      '<!doctype html><html><head><title>Pictures</title></head><body><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><div><div></div></div></body></html>',
    'frames.html': `<!doctype html><html lang="en"><head><title>Frames</title></head><body><h1>Frames</h1>${para(1)}${para(2)}<iframe src="empty.html"></iframe><iframe srcdoc="<p>inner frame text about iterators</p>"></iframe></body></html>`,
    'shadow-dom.html': `<!doctype html><html lang="en"><head><title>Shadow DOM</title></head><body><h1>Shadow</h1>${para(1)}<div id="host"></div><script>document.getElementById('host').attachShadow({mode:'open'}).innerHTML='<p>Text inside a shadow root about generators.</p>';</script>${para(2)}</body></html>`,
    'strict-csp.html': `<!doctype html><html lang="en"><head><title>Strict CSP</title><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'none'; script-src 'none'"></head><body><article><h1>Strict CSP</h1>${para(1)}${para(2)}${para(3)}</article></body></html>`,
    'sabotaged-globals.html': `<!doctype html><html lang="en"><head><title>Sabotaged globals</title><script>
      Array.prototype.map = function(){ throw new Error('page broke map'); };
      Array.prototype.push = function(){ throw new Error('page broke push'); };
      JSON.parse = function(){ throw new Error('page broke JSON.parse'); };
      JSON.stringify = function(){ return '"sabotaged"'; };
      Node.prototype.appendChild = function(){ throw new Error('page broke appendChild'); };
      Element.prototype.attachShadow = function(){ throw new Error('page broke attachShadow'); };
      window.postMessage = function(){ throw new Error('page broke postMessage'); };
      Object.defineProperty(Object.prototype, 'then', { get(){ return undefined; }, configurable: true });
    </script></head><body><article><h1>Sabotage</h1>${para(1)}${para(2)}${para(3)}</article></body></html>`,
    'forged-messages.html': `<!doctype html><html lang="en"><head><title>Forged messages</title><script>
      for (const type of ['page/read', 'quiz/answer', 'overlay/open-quiz', 'passage/highlight']) {
        window.postMessage({ type, payload: { url: 'https://bank.example/', text: 'x' } }, '*');
      }
      try { chrome.runtime.sendMessage('nope', { type: 'quiz/answer' }); } catch (e) {}
      document.dispatchEvent(new CustomEvent('rung', { detail: { type: 'page/read' } }));
    </script></head><body><article><h1>Forgeries</h1>${para(1)}${para(2)}</article></body></html>`,
    // An unclosed <title> swallows the whole document as title text: nothing to read, nothing to break.
    'unclosed-title.html': '<html><head><title>Unclosed title<body><p>Everything here is title text.</p>',
    'malformed.html': `<html><head><title>Malformed</title><body><p>Unclosed <b>bold <i>italic ${para(1)}<table><tr><td>cell<p>para in cell</table></div></span><p>${'<div>'.repeat(3000)}deep text about closures</p><!-- unterminated comment`,
    'rtl-hebrew.html': `<!doctype html><html lang="he" dir="rtl"><head><meta charset="utf-8"><title>מבוא לתכנות</title></head><body><article><h1>מבוא לתכנות</h1><p>משתנה הוא שם שמצביע על ערך בזיכרון של המחשב. פונקציה היא קטע קוד שאפשר לקרוא לו שוב ושוב.</p><p>לולאה חוזרת על אותן פקודות כל עוד התנאי מתקיים, ורשימה שומרת כמה ערכים לפי הסדר.</p></article></body></html>`,
    'binaryish.html': `<!doctype html><html><head><title>\u0000\u0001 binary</title></head><body><p>\u0000\u0002\u0003\uFFFD\uFFFE ${'\u200B'.repeat(500)} text</p></body></html>`,
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  return Object.keys(pages);
}

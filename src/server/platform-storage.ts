/**
 * The cookie-less fallback of the OIDC login (1EdTech's LTI client-side postMessage storage): when the LMS frames
 * the tool where cookies are blocked, the login page asks the platform to keep a secret for this browser
 * (lti.put_data) before going on to the LMS's authorization, and the launch page asks for it back (lti.get_data)
 * and posts it with the token. The secret is random per login and stored hashed beside the state, so a launch
 * posted from another browser has no secret to show.
 */
import { esc, page, scriptJson } from './html.js';

/**
 * How long a page waits for the platform's answer before going on without it. The platform offered the storage
 * (lti_storage_target), so its answer normally comes in milliseconds; the wait only runs out when the platform or
 * the learner's machine is slow, and then giving up early would refuse the launch: 2 s did on a loaded machine.
 */
const WAIT_MS = 10_000;

const FRAME_SCRIPT = `function target(name){if(name==='_parent')return window.parent;try{return window.parent.frames[name]||window.parent}catch(e){return window.parent}}
function ask(cfg,msg,done){var id=Math.random().toString(36).slice(2);msg.message_id=id;var over=false;
function on(e){var d=e.data;if(!d||d.message_id!==id)return;over=true;removeEventListener('message',on);done(d)}
addEventListener('message',on);target(cfg.target).postMessage(msg,cfg.origin);
setTimeout(function(){if(!over){removeEventListener('message',on);done(undefined)}},${WAIT_MS})}`;

/** The login's page when the LMS offers platform storage: keep the secret there, then go on to the LMS. */
export function storeThenRedirect(options: {
  target: string;
  origin: string;
  key: string;
  secret: string;
  next: string;
}): string {
  const cfg = {
    target: options.target,
    origin: options.origin,
    key: options.key,
    value: options.secret,
    next: options.next,
  };
  return page(
    'Signing in…',
    `<main><p>Signing in…</p></main><script type="application/json" id="gd-cfg">${scriptJson(cfg)}</script>
<script>${FRAME_SCRIPT}
var cfg=JSON.parse(document.getElementById('gd-cfg').textContent);
ask(cfg,{subject:'lti.put_data',key:cfg.key,value:cfg.value},function(){location.href=cfg.next});</script>`,
  );
}

/** The launch's page when no cookie came: fetch the secret from the platform and post the launch again with it. */
export function fetchThenRepost(options: {
  target: string;
  origin: string;
  key: string;
  action: string;
  fields: Readonly<Record<string, string>>;
}): string {
  const cfg = { target: options.target, origin: options.origin, key: options.key };
  const inputs = Object.entries(options.fields)
    .map(([n, v]) => `<input type="hidden" name="${esc(n)}" value="${esc(v)}">`)
    .join('');
  return page(
    'Signing in…',
    `<main><form method="post" action="${esc(options.action)}">${inputs}<input type="hidden" name="browser_secret" value=""></form>
<p id="gd-wait">Signing in…</p></main><script type="application/json" id="gd-cfg">${scriptJson(cfg)}</script>
<script>${FRAME_SCRIPT}
var cfg=JSON.parse(document.getElementById('gd-cfg').textContent);
ask(cfg,{subject:'lti.get_data',key:cfg.key},function(d){var f=document.forms[0];
f.browser_secret.value=d&&typeof d.value==='string'?d.value:'';f.submit()});</script>`,
  );
}

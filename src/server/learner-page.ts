/**
 * The learner's page after a launch: the built player (player.html) in a frame, asked to report to a SCORM 2004
 * runtime, and that runtime here, in the parent page. It hands the player the learner's work as the server holds it
 * (cmi.suspend_data) and sends every commit's suspend data — the log of what the learner did — to the server, in
 * order, retrying until the server has it. The score, status and interactions the player also sets are ignored: the
 * server grades the log itself. The player needs no change to run under an LTI launch.
 */
import { esc, page, scriptJson } from './html.js';

export interface LearnerPageOptions {
  readonly title: string;
  /** player.html?… relative to the site. */
  readonly playerUrl: string;
  readonly api: string;
  readonly token: string;
  readonly learner: string;
  readonly suspend: string;
}

const RUNTIME = `var cfg=JSON.parse(document.getElementById('gd-cfg').textContent);
var values={'cmi.learner_id':cfg.learner,'cmi.learner_name':'','cmi.entry':cfg.suspend?'resume':'ab-initio',
'cmi.suspend_data':cfg.suspend,'cmi.mode':'normal','cmi.credit':'credit','cmi.interactions._count':'0'};
var last='0',sent=cfg.suspend,pending=null,busy=false;
function say(t){var s=document.getElementById('gd-status');if(s)s.textContent=t}
function flush(){if(busy||pending===null)return;busy=true;var body=pending;pending=null;
fetch(cfg.api,{method:'POST',headers:{Authorization:'Bearer '+cfg.token,'Content-Type':'text/plain;charset=utf-8'},body:body})
.then(function(r){return r.json().then(function(j){return{r:r,j:j}})})
.then(function(x){busy=false;if(x.r.ok){sent=body;document.body.dataset.saved=String(x.j.actions);say('')}
else if(x.r.status<500){say(x.j.message||'Your work could not be saved.')}else throw new Error(String(x.r.status));flush()})
.catch(function(){busy=false;if(pending===null)pending=body;say('Saving… the server did not answer; trying again.');setTimeout(flush,1500)})}
function commit(){var d=values['cmi.suspend_data'];if(d&&d!==sent&&d!==pending){pending=d;flush()}}
window.API_1484_11={Initialize:function(){last='0';return'true'},Terminate:function(){commit();return'true'},
GetValue:function(k){if(Object.prototype.hasOwnProperty.call(values,k)){last='0';return values[k]}last='403';return''},
SetValue:function(k,v){values[k]=String(v);last='0';return'true'},Commit:function(){commit();return'true'},
GetLastError:function(){return last},GetErrorString:function(c){return c==='0'?'':'Data model element value not initialized'},
GetDiagnostic:function(){return''}};
addEventListener('message',function(e){var d=e.data;if(d&&d.type==='gd-tutor:height'&&typeof d.height==='number')
document.getElementById('gd-player').style.height=Math.max(200,d.height+16)+'px'});`;

export function learnerPage(o: LearnerPageOptions): string {
  const cfg = { api: o.api, token: o.token, learner: o.learner, suspend: o.suspend };
  return page(
    o.title,
    // The runtime is defined before the frame exists, so the player always finds it.
    `<script type="application/json" id="gd-cfg">${scriptJson(cfg)}</script><script>${RUNTIME}</script>
<main><p id="gd-status" role="status" class="muted"></p>
<iframe id="gd-player" title="${esc(o.title)}" src="${esc(o.playerUrl)}"></iframe></main>`,
  );
}

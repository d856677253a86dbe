/**
 * imsmanifest.xml, right for each version: SCORM 1.2 (IMS CP 1.1.2 with ADL's adlcp_rootv1p2, each SCO item's
 * adlcp:masteryscore in percent, the resource's adlcp:scormtype) and SCORM 2004 4th edition (IMS CP 1.1.4 with
 * adlcp_v1p3, the resource's adlcp:scormType, the pass mark as each SCO's primary objective's minNormalizedMeasure,
 * satisfied by measure). A package of one lesson is one SCO whose resource lists every file; a course is one SCO
 * per lesson, nested in its units in the course's order (flow navigation on, in 2004), each SCO's resource listing
 * its own files and depending on one shared asset resource (the player). Pure: text in, text out.
 */
import type { ScormVersion } from './launch.js';

export interface ManifestOptions {
  readonly version: ScormVersion;
  /** The lesson's id: the manifest, organization, item and resource identifiers derive from it. */
  readonly id: string;
  readonly title: string;
  /** The launch page, relative to the package root. */
  readonly launch: string;
  /** Every file of the package but the manifest itself, relative to the root, with forward slashes. */
  readonly files: readonly string[];
  /** The scaled score that passes, 0 … 1. */
  readonly passing: number;
}

/** A node of the organization: a lesson (a SCO and its own files), or a unit of them. */
export type ManifestItem =
  | {
      readonly kind: 'sco';
      readonly id: string;
      readonly title: string;
      readonly launch: string;
      readonly files: readonly string[];
    }
  | { readonly kind: 'unit'; readonly title: string; readonly items: readonly ManifestItem[] };

export interface PackageManifestOptions {
  readonly version: ScormVersion;
  /** The manifest's and organization's identifiers derive from it. */
  readonly id: string;
  readonly title: string;
  readonly items: readonly ManifestItem[];
  /** Files every SCO uses (the player's assets): one asset resource the SCOs depend on; none when empty. */
  readonly shared: readonly string[];
  readonly passing: number;
}

export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** An xs:ID: a letter first, then letters, digits, '-', '_' and '.'. */
const xmlId = (s: string): string => `gd_${s.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

/** A file's href: forward slashes, each segment percent-encoded where a URI needs it. */
const href = (path: string): string => escapeXml(path.split('/').map(encodeURIComponent).join('/'));

/** The manifest of a one-lesson package: one SCO, every file in its resource. */
export function scormManifest(o: ManifestOptions): string {
  if (!o.files.includes(o.launch)) throw new Error(`the launch page ${o.launch} is not among the files`);
  return packageManifest({
    version: o.version,
    id: o.id,
    title: o.title,
    items: [{ kind: 'sco', id: o.id, title: o.title, launch: o.launch, files: o.files }],
    shared: [],
    passing: o.passing,
  });
}

const scosOf = (items: readonly ManifestItem[]): Extract<ManifestItem, { kind: 'sco' }>[] =>
  items.flatMap((i) => (i.kind === 'sco' ? [i] : scosOf(i.items)));

const SHARED = 'gd_player';

export function packageManifest(o: PackageManifestOptions): string {
  if (!(o.passing >= 0 && o.passing <= 1)) throw new RangeError(`passing must be within 0 … 1, not ${o.passing}`);
  const v12 = o.version === '1.2';
  const scos = scosOf(o.items);
  if (scos.length === 0) throw new Error('a package needs at least one lesson');
  for (const sco of scos)
    if (!sco.files.includes(sco.launch)) throw new Error(`the launch page ${sco.launch} is not among the files`);
  let units = 0;
  const item = (node: ManifestItem, indent: string): string => {
    if (node.kind === 'unit') {
      const id = `${xmlId(o.id)}_unit${++units}`;
      const flow = v12
        ? ''
        : `\n${indent}  <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>`;
      return `${indent}<item identifier="${id}"${v12 ? ' isvisible="true"' : ''}>
${indent}  <title>${escapeXml(node.title)}</title>
${node.items.map((n) => item(n, `${indent}  `)).join('\n')}${flow}
${indent}</item>`;
    }
    const id = xmlId(node.id);
    const mastery = v12
      ? `${indent}  <adlcp:masteryscore>${Math.round(o.passing * 100)}</adlcp:masteryscore>`
      : `${indent}  <imsss:sequencing>
${indent}    <imsss:objectives>
${indent}      <imsss:primaryObjective objectiveID="${id}_passed" satisfiedByMeasure="true">
${indent}        <imsss:minNormalizedMeasure>${o.passing}</imsss:minNormalizedMeasure>
${indent}      </imsss:primaryObjective>
${indent}    </imsss:objectives>
${indent}    <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
${indent}  </imsss:sequencing>`;
    return `${indent}<item identifier="${id}_item" identifierref="${id}_sco"${v12 ? ' isvisible="true"' : ''}>
${indent}  <title>${escapeXml(node.title)}</title>
${mastery}
${indent}</item>`;
  };
  const fileList = (files: readonly string[]) =>
    [...files]
      .sort()
      .map((f) => `      <file href="${href(f)}"/>`)
      .join('\n');
  const type = v12 ? 'adlcp:scormtype' : 'adlcp:scormType';
  const dependency = o.shared.length > 0 ? `\n      <dependency identifierref="${SHARED}"/>` : '';
  const resources = [
    ...scos.map(
      (
        sco,
      ) => `    <resource identifier="${xmlId(sco.id)}_sco" type="webcontent" ${type}="sco" href="${href(sco.launch)}">
${fileList(sco.files)}${dependency}
    </resource>`,
    ),
    ...(o.shared.length > 0
      ? [
          `    <resource identifier="${SHARED}" type="webcontent" ${type}="asset">
${fileList(o.shared)}
    </resource>`,
        ]
      : []),
  ].join('\n');
  const id = xmlId(o.id);
  // Several lessons: Continue and Previous walk them in the course's order.
  const orgFlow =
    !v12 && scos.length > 1
      ? '\n      <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>'
      : '';
  const organization = `  <organizations default="${id}_org">
    <organization identifier="${id}_org">
      <title>${escapeXml(o.title)}</title>
${o.items.map((n) => item(n, '      ')).join('\n')}${orgFlow}
    </organization>
  </organizations>
  <resources>
${resources}
  </resources>
</manifest>
`;
  return (v12 ? header12(id) : header2004(id)) + organization;
}

function header12(id: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
`;
}

function header2004(id: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
`;
}

/**
 * imsmanifest.xml for a one-SCO package, right for each version: SCORM 1.2 (IMS CP 1.1.2 with ADL's adlcp_rootv1p2,
 * the item's adlcp:masteryscore in percent, the resource's adlcp:scormtype) and SCORM 2004 4th edition (IMS CP 1.1.4
 * with adlcp_v1p3, the resource's adlcp:scormType, the pass mark as the primary objective's minNormalizedMeasure,
 * satisfied by measure). Every file of the package is listed in the resource. Pure: text in, text out.
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

export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** An xs:ID: a letter first, then letters, digits, '-', '_' and '.'. */
const xmlId = (s: string): string => `gd_${s.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

/** A file's href: forward slashes, each segment percent-encoded where a URI needs it. */
const href = (path: string): string => escapeXml(path.split('/').map(encodeURIComponent).join('/'));

export function scormManifest(o: ManifestOptions): string {
  if (!(o.passing >= 0 && o.passing <= 1)) throw new RangeError(`passing must be within 0 … 1, not ${o.passing}`);
  if (!o.files.includes(o.launch)) throw new Error(`the launch page ${o.launch} is not among the files`);
  const id = xmlId(o.id);
  const title = escapeXml(o.title);
  const files = [...o.files]
    .sort()
    .map((f) => `      <file href="${href(f)}"/>`)
    .join('\n');
  return o.version === '1.2' ? manifest12(o, id, title, files) : manifest2004(o, id, title, files);
}

function manifest12(o: ManifestOptions, id: string, title: string, files: string): string {
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
  <organizations default="${id}_org">
    <organization identifier="${id}_org">
      <title>${title}</title>
      <item identifier="${id}_item" identifierref="${id}_sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${Math.round(o.passing * 100)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}_sco" type="webcontent" adlcp:scormtype="sco" href="${href(o.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}

function manifest2004(o: ManifestOptions, id: string, title: string, files: string): string {
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
  <organizations default="${id}_org">
    <organization identifier="${id}_org">
      <title>${title}</title>
      <item identifier="${id}_item" identifierref="${id}_sco">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}_passed" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${o.passing}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}_sco" type="webcontent" adlcp:scormType="sco" href="${href(o.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}

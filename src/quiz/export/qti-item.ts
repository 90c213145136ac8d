import type { PartQuestion } from '../types';
import { qtiId, qtiInteraction } from './qti-interactions';
import { XML_DECLARATION, element, escapeXml } from './xml';

export { qtiId } from './qti-interactions';

// One QTI 2.1 assessmentItem per question, graded by the standard templates: match_correct
// (all or nothing) for choices, order and matching, map_response for typed answers.
// Per-option explanations are not carried (QTI would need modal feedback and custom processing).

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const TEMPLATES = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates/';

/** Paragraphs of the prompt: blank lines split paragraphs, single newlines become line breaks. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((para) => element('p', {}, para.split('\n').map(escapeXml).join('<br/>')))
    .join('');
}

/** Writes one question as a QTI 2.1 assessmentItem document. */
export function qtiItem(question: PartQuestion): string {
  const { declaration, body, template } = qtiInteraction(question);
  const outcome = element(
    'outcomeDeclaration',
    { identifier: 'SCORE', cardinality: 'single', baseType: 'float' },
    '',
  );
  const itemBody = element('itemBody', {}, element('div', {}, paragraphs(question.prompt)) + body);
  const processing = element('responseProcessing', { template: `${TEMPLATES}${template}` }, '');
  const attributes = {
    xmlns: QTI_NS,
    identifier: qtiId('Q', question.id),
    title: question.id,
    adaptive: 'false',
    timeDependent: 'false',
  };
  return `${XML_DECLARATION}\n${element('assessmentItem', attributes, declaration + outcome + itemBody + processing)}\n`;
}

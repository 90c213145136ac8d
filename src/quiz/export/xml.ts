// Small helpers for writing XML by hand, safely: every text and attribute goes through escapeXml.

/** Whether a character may appear in an XML 1.0 document (most control characters may not, even as references). */
function isXmlChar(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code !== 0xfffe && code !== 0xffff)
  );
}

/** Escapes text for an XML element or attribute: & < > " ' become entities, forbidden characters go. */
export function escapeXml(text: string): string {
  return text
    .split('')
    .filter(isXmlChar)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Writes an element with escaped attributes around already-serialised children. */
export function element(
  name: string,
  attributes: Readonly<Record<string, string | number | undefined>>,
  children: string,
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return children === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`;
}

/** Writes an element whose content is escaped text. */
export function textElement(
  name: string,
  text: string,
  attributes: Readonly<Record<string, string | number | undefined>> = {},
): string {
  return element(name, attributes, escapeXml(text));
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

import { z } from 'astro/zod';
import { parseAllDocuments } from 'yaml';
import { NetworkPolicySchema, type NetworkPolicyManifest } from './network-policy';

/** What reading a YAML text of NetworkPolicy documents gave: the valid policies and every problem. */
export interface PolicyYamlResult {
  policies: NetworkPolicyManifest[];
  problems: string[];
}

/**
 * Reads one or more `---`-separated NetworkPolicy documents and checks each against the API's
 * shape; empty documents (a trailing `---`) are skipped. Problems name the document and field.
 */
export function policiesFromYaml(text: string): PolicyYamlResult {
  const policies: NetworkPolicyManifest[] = [];
  const problems: string[] = [];
  const documents = parseAllDocuments(text);
  const list = Array.isArray(documents) ? documents : [];
  list.forEach((doc, index) => {
    const where = `document ${String(index + 1)}`;
    if (doc.errors.length > 0) {
      problems.push(...doc.errors.map((e) => `${where}: ${e.message.split('\n')[0] ?? ''}`));
      return;
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) return;
    const result = NetworkPolicySchema.safeParse(value);
    if (result.success) policies.push(result.data);
    else
      problems.push(...result.error.issues.map((i) => `${where}, ${pathOf(i.path)}: ${i.message}`));
  });
  return { policies, problems };
}

/** Writes an issue path as `spec.ingress[0].from[1]`. */
function pathOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the document)';
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${String(part)}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/**
 * A YAML text field holding NetworkPolicy documents: `one` for a toggleable policy entry (exactly
 * one document), `many` for a reference solution (at least one).
 */
export function policyYamlText(count: 'one' | 'many') {
  return z
    .string()
    .min(1)
    .superRefine((text, ctx) => {
      const { policies, problems } = policiesFromYaml(text);
      for (const message of problems) ctx.addIssue({ code: 'custom', message });
      if (problems.length > 0) return;
      if (count === 'one' && policies.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: `holds ${String(policies.length)} policies; put each policy in its own entry`,
        });
      }
      if (count === 'many' && policies.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'holds no NetworkPolicy' });
      }
    });
}

import { z } from 'astro/zod';
import { parsePolicies } from '~/sim/netpol/parse';
import type { NetworkPolicy } from '~/sim/netpol/types';

/** What reading a YAML text of NetworkPolicy documents gave: the valid policies and every problem. */
export interface PolicyYamlResult {
  policies: NetworkPolicy[];
  problems: string[];
}

/**
 * Reads one or more `---`-separated NetworkPolicy documents with the netpol engine's parser (the
 * same validation the simulator applies to what learners type), and adds the authoring rule that
 * content names every policy's namespace. Problems name the document, line, column and field.
 */
export function policiesFromYaml(text: string): PolicyYamlResult {
  const { policies, errors } = parsePolicies(text);
  const problems = errors.map(
    (e) =>
      `document ${e.document}, line ${e.line}, column ${e.column}${e.path ? ` (${e.path})` : ''}: ${e.message}`,
  );
  for (const policy of policies) {
    if (!policy.metadata.namespace) {
      problems.push(
        `policy ${policy.metadata.name}: set metadata.namespace (content must name it)`,
      );
    }
  }
  return { policies, problems };
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

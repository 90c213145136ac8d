import { labelsFrom } from '../netpol/labels';
import { compileSelector, selectorMatches as matchesCompiled } from '../netpol/selectors';
import type { LabelSelector } from './types';

/** The label every namespace carries with its own name (Kubernetes sets it since v1.22). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/**
 * Whether labels satisfy a label selector (an empty selector selects everything), with the
 * NetworkPolicy engine's selector semantics, which are the API's.
 */
export function selectorMatches(selector: LabelSelector, labels: Record<string, string>): boolean {
  return matchesCompiled(
    compileSelector(selector, 'allowedRoutes.namespaces.selector'),
    labelsFrom(labels),
  );
}

/** A namespace's labels, with the automatic name label added. */
export function namespaceLabelsOf(
  namespace: string,
  all: Record<string, Record<string, string>> | undefined,
): Record<string, string> {
  return { ...(all?.[namespace] ?? {}), [NAMESPACE_NAME_LABEL]: namespace };
}

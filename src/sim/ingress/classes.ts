import type { Ingress, IngressClass } from './types';

// Which IngressClass an Ingress belongs to, and so which controller serves it.

/** The annotation that marks an IngressClass as the cluster's default. */
export const DEFAULT_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';
/** The annotation that named a class before spec.ingressClassName existed (deprecated). */
export const LEGACY_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

/** An Ingress's class and where it came from. */
export interface EffectiveClass {
  className: string | null;
  source: 'spec' | 'annotation' | 'default' | 'none';
  /** Why, in one plain sentence. */
  reason: string;
}

/** "namespace/name" of an Ingress (the namespace defaults to "default"). */
export function ingressKey(ingress: Ingress): string {
  return `${ingress.metadata.namespace ?? 'default'}/${ingress.metadata.name}`;
}

/** The IngressClasses marked default with the annotation set to "true". */
export function defaultClasses(classes: readonly IngressClass[]): IngressClass[] {
  return classes.filter((c) => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true');
}

/**
 * The default class the DefaultIngressClass admission plugin assigns: with several classes marked
 * default, the newest (creationTimestamp; none counts as oldest), then the first by name (since
 * Kubernetes v1.25; before, such Ingresses were refused).
 */
export function chosenDefault(classes: readonly IngressClass[]): IngressClass | undefined {
  const created = (c: IngressClass) => Date.parse(c.metadata.creationTimestamp ?? '') || -Infinity;
  return [...defaultClasses(classes)].sort(
    (a, b) =>
      created(b) - created(a) ||
      (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0),
  )[0];
}

/**
 * The class an Ingress belongs to: spec.ingressClassName, else the deprecated
 * kubernetes.io/ingress.class annotation, else the default class (chosenDefault). The admission
 * plugin fills the default in when the Ingress is created; this models an Ingress created now.
 */
export function effectiveClass(
  ingress: Ingress,
  classes: readonly IngressClass[] = [],
): EffectiveClass {
  const named = ingress.spec.ingressClassName;
  if (named !== undefined) {
    return { className: named, source: 'spec', reason: `spec.ingressClassName is ${named}.` };
  }
  const legacy = ingress.metadata.annotations?.[LEGACY_CLASS_ANNOTATION];
  if (legacy !== undefined) {
    return {
      className: legacy,
      source: 'annotation',
      reason: `the deprecated ${LEGACY_CLASS_ANNOTATION} annotation names ${legacy}; set spec.ingressClassName instead.`,
    };
  }
  const count = defaultClasses(classes).length;
  const chosen = chosenDefault(classes);
  if (chosen) {
    const name = chosen.metadata.name;
    return {
      className: name,
      source: 'default',
      reason:
        count === 1
          ? `no class is named, so the default IngressClass ${name} applies.`
          : `no class is named and ${String(count)} IngressClasses are marked default, so the admission plugin picks the newest (then the first by name): ${name}.`,
    };
  }
  return {
    className: null,
    source: 'none',
    reason:
      'no class is named and no IngressClass is marked default, so no controller is bound to serve it.',
  };
}

/** The Ingresses a controller of class `className` serves, in the given order. */
export function ingressesOfClass(
  ingresses: readonly Ingress[],
  className: string,
  classes: readonly IngressClass[] = [],
): Ingress[] {
  return ingresses.filter((ingress) => effectiveClass(ingress, classes).className === className);
}

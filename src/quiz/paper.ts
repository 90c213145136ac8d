import type { PaperBlueprint } from './blueprints';
import type { Question } from './types';

/** One question of a paper and the domain it was drawn for. */
export interface PaperQuestion {
  question: Question;
  domain: string;
}

/** A domain that had fewer questions than the blueprint asks for. */
export interface Shortfall {
  domain: string;
  wanted: number;
  got: number;
}

/** An assembled paper: the same seed and pool always give the same one. */
export interface Paper {
  blueprint: PaperBlueprint;
  /** The exam code it was assembled from, normalised (trimmed, upper case). */
  seed: string;
  questions: PaperQuestion[];
  shortfalls: Shortfall[];
}

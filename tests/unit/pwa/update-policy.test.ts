import { describe, expect, it } from 'vitest';
import {
  MIN_UPDATE_CHECK_GAP_MS,
  isExamActive,
  shouldCheckForUpdate,
  shouldOfferUpdate,
  type UpdateState,
} from '~/pwa/update-policy';

const ready: UpdateState = { waiting: true, controlled: true, examActive: false, dismissed: false };

describe('shouldOfferUpdate', () => {
  it('offers a waiting version to a page that a worker controls', () => {
    expect(shouldOfferUpdate(ready)).toBe(true);
  });

  it('never offers on the very first install, when no worker controlled the page', () => {
    expect(shouldOfferUpdate({ ...ready, controlled: false })).toBe(false);
  });

  it('waits while an exam runs, and after the learner dismissed it', () => {
    expect(shouldOfferUpdate({ ...ready, examActive: true })).toBe(false);
    expect(shouldOfferUpdate({ ...ready, dismissed: true })).toBe(false);
  });

  it('offers nothing when nothing waits', () => {
    expect(shouldOfferUpdate({ ...ready, waiting: false })).toBe(false);
  });
});

describe('shouldCheckForUpdate', () => {
  it('checks on start, then at most once per gap', () => {
    expect(shouldCheckForUpdate(1_000, null)).toBe(true);
    expect(shouldCheckForUpdate(1_000 + MIN_UPDATE_CHECK_GAP_MS - 1, 1_000)).toBe(false);
    expect(shouldCheckForUpdate(1_000 + MIN_UPDATE_CHECK_GAP_MS, 1_000)).toBe(true);
  });
});

describe('isExamActive', () => {
  it('reads only the exact value "true" as an exam in progress', () => {
    expect(isExamActive('true')).toBe(true);
    expect(isExamActive('false')).toBe(false);
    expect(isExamActive('')).toBe(false);
    expect(isExamActive(undefined)).toBe(false);
  });
});

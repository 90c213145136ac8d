import { LEGACY_THEME_KEY, NEVER } from '~/progress/constants';
import type { Theme } from '~/progress/schema';
import { $progress, changeSettings } from '~/progress/store';
import { setData } from './dom';

/** Wires every theme picker to the theme in the learner's settings and to <html data-theme>. */
export function bindThemeSelect(): void {
  adoptLegacyChoice();
  const selects = document.querySelectorAll<HTMLSelectElement>('select[data-theme-select]');
  for (const select of selects) {
    select.addEventListener('change', () => changeSettings({ theme: toTheme(select.value) }));
  }
  // The choice lives in the progress document, so other tabs and imports follow it live.
  $progress.subscribe((doc) => {
    for (const select of selects) select.value = doc.settings.theme;
    applyTheme(doc.settings.theme);
  });
}

// Sets the resolved theme on <html>; "auto" follows the system setting.
function applyTheme(theme: Theme): void {
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  setData(document.documentElement, 'theme', theme === 'auto' ? (dark ? 'dark' : 'light') : theme);
}

// Podnet 0.1 kept the theme under its own key: carry it into the settings once, then remove it.
function adoptLegacyChoice(): void {
  let legacy: string | null;
  try {
    legacy = localStorage.getItem(LEGACY_THEME_KEY);
    if (legacy !== null) localStorage.removeItem(LEGACY_THEME_KEY);
  } catch {
    return;
  }
  if (legacy !== null && $progress.get().settings.at === NEVER) {
    changeSettings({ theme: toTheme(legacy) });
  }
}

// Narrows any stored or selected value to a known theme.
function toTheme(value: string | null): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

import { useMemo, useState } from 'react';
import { isInputMistake as isInputError } from './input-mistake';
import type { EniLimits } from '~/sim/vpc-cni/types';
import { useLazyEngine } from '../use-lazy-engine';
import type { SizingSettings, SizingView } from './eks-model';
import type { EksSeed } from './eks-seed';
import { loadEksEngine, loadEksTable, type EksTable } from './load-engine';
import { typeLookup, type TypeLookup } from './type-lookup';

/** Everything the island shows and the ways to change it. */
export interface EksState {
  instanceType: string;
  typeText: string;
  lookup: TypeLookup;
  settings: SizingSettings;
  view: SizingView;
  updating: boolean;
  failed: boolean;
  load: () => void;
  loadTable: () => void;
  setTypeText: (text: string) => void;
  change: (patch: Partial<SizingSettings>) => void;
}

/**
 * The island's state: the instance type and the settings. It opens on the build's first view; the
 * engine loads on the first focus or change, the instance table on the type field's first focus.
 */
export function useEks(seed: EksSeed): EksState {
  const [settings, setSettings] = useState<SizingSettings>(seed.settings);
  const [instanceType, setInstanceType] = useState(seed.instanceType);
  const [typeText, setTypeTextState] = useState(seed.instanceType);
  const [table, setTable] = useState<EksTable | null>(null);
  const [changed, setChanged] = useState(false);
  const { engine, failed, load } = useLazyEngine(loadEksEngine);
  const view = useMemo(
    () => (engine && changed ? engine.sizingView(settings) : seed.first),
    [engine, changed, settings, seed],
  );
  const lookup = useMemo(
    () => typeLookup(table, typeText, instanceType),
    [table, typeText, instanceType],
  );
  /** Starts loading the engine unless it is here already. */
  const ensureEngine = () => {
    if (!engine) void load();
  };
  /** Applies a type once the table knows it. */
  const pickType = (loaded: EksTable, text: string) => {
    let limits: EniLimits;
    try {
      limits = loaded.eniLimits(text);
    } catch (error) {
      if (isInputError(error)) return;
      throw error;
    }
    setInstanceType(text.trim().toLowerCase());
    setSettings((now) => ({ ...now, limits, vcpusText: '' }));
    setChanged(true);
    ensureEngine();
  };
  const loadTable = () => {
    ensureEngine();
    void loadEksTable().then(setTable, () => undefined);
  };
  return {
    instanceType,
    typeText,
    lookup,
    settings,
    view,
    updating: changed && !engine && !failed,
    failed: changed && !engine && failed,
    load: ensureEngine,
    loadTable,
    setTypeText: (text) => {
      setTypeTextState(text);
      void loadEksTable().then(
        (loaded) => {
          setTable(loaded);
          pickType(loaded, text);
        },
        () => undefined,
      );
    },
    change: (patch) => {
      setSettings((now) => ({ ...now, ...patch }));
      setChanged(true);
      ensureEngine();
    },
  };
}

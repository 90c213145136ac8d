import { useEffect, useRef, useState } from 'react';
import { useLazyEngine } from '../use-lazy-engine';
import { loadGatewayEngine, loadIngressEngine } from './load-engines';
import type { PlaygroundRequest, RoutingPreset } from './presets';
import type { ConversionView, PlaygroundView } from './view';

/** A preset with what the build worked out for it. */
export interface PlaygroundSeed {
  preset: RoutingPreset;
  /** The build's view; null for a preset the learner picks later (worked out on mount). */
  view: PlaygroundView | null;
  conversion: ConversionView | null;
}

/** Everything the playground island shows, and the actions that change it. */
export interface Playground {
  api: 'ingress' | 'gateway';
  manifests: string;
  request: PlaygroundRequest;
  tests: PlaygroundRequest[];
  view: PlaygroundView | null;
  conversion: ConversionView | null;
  failed: boolean;
  /** Starts loading the engines (on focus). */
  warmUp: () => void;
  setManifests: (text: string) => void;
  setRequest: (request: PlaygroundRequest) => void;
  addTest: () => void;
  removeTest: (index: number) => void;
  convert: () => void;
}

/**
 * The playground's state: it opens on the build's view of the preset, and recomputes with the
 * API's engine (loaded on first use) whenever the manifests, the request or the tests change.
 * Results computed for an older input than the latest are dropped. A Gateway API preset's
 * converter tab converts `migrationExample`, an Ingress.
 */
export function usePlayground(seed: PlaygroundSeed, migrationExample: string): Playground {
  const api = seed.preset.api;
  const gateway = useLazyEngine(loadGatewayEngine);
  const ingress = useLazyEngine(loadIngressEngine);
  const [manifests, setManifestsText] = useState(seed.preset.manifests);
  const [request, setRequestState] = useState(seed.preset.request);
  const [tests, setTests] = useState(seed.preset.tests);
  const [view, setView] = useState(seed.view);
  const [conversion, setConversion] = useState(seed.conversion);
  const latest = useRef(0);

  /** Recomputes the view for an input once the engine is there; only the newest input lands. */
  const recompute = (text: string, req: PlaygroundRequest, list: PlaygroundRequest[]) => {
    const ticket = ++latest.current;
    if (api === 'gateway') {
      void gateway.load().then((engine) => {
        if (engine && ticket === latest.current) setView(engine.evaluateGateway(text, req, list));
      });
    } else {
      void ingress.load().then((engine) => {
        if (engine && ticket === latest.current) setView(engine.evaluateIngress(text, req, list));
      });
    }
  };

  useEffect(() => {
    if (seed.view === null)
      recompute(seed.preset.manifests, seed.preset.request, seed.preset.tests);
    // Only on mount: a preset without a build-time view is worked out once, then by the actions.
  }, []);

  return {
    api,
    manifests,
    request,
    tests,
    view,
    conversion,
    failed: gateway.failed || ingress.failed,
    warmUp: () => void (api === 'gateway' ? gateway.load() : ingress.load()),
    setManifests: (text) => {
      setManifestsText(text);
      recompute(text, request, tests);
    },
    setRequest: (req) => {
      setRequestState(req);
      recompute(manifests, req, tests);
    },
    addTest: () => {
      const list = [...tests, request];
      setTests(list);
      recompute(manifests, request, list);
    },
    removeTest: (index) => {
      const list = tests.filter((_, i) => i !== index);
      setTests(list);
      recompute(manifests, request, list);
    },
    convert: () => {
      void ingress.load().then((engine) => {
        if (engine)
          setConversion(engine.convertIngress(api === 'ingress' ? manifests : migrationExample));
      });
    },
  };
}

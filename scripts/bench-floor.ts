import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

/**
 * The libraries the trainee's screens cannot do without, imported as the app imports them: React and
 * React DOM, i18next with react-i18next, XState with @xstate/react, Zustand with `persist`, and
 * framer-motion's mini animator.
 */
const STACK = `
import { createRoot } from 'react-dom/client';
import { createElement, useState, useEffect, useMemo, useRef, useCallback, useId, useDeferredValue, createContext, StrictMode } from 'react';
import { jsx } from 'react/jsx-runtime';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { setup, createActor, assign, raise } from 'xstate';
import { useActorRef, useSelector } from '@xstate/react';
import { create } from 'zustand';
import { persist, createJSONStorage } from 'zustand/middleware';
import { useAnimate } from 'framer-motion/mini';
globalThis.stack = [createRoot, createElement, useState, useEffect, useMemo, useRef, useCallback, useId, useDeferredValue, createContext, StrictMode, jsx, i18next, initReactI18next, useTranslation, setup, createActor, assign, raise, useActorRef, useSelector, create, persist, createJSONStorage, useAnimate];
`;

/** Gzip KB of the mandated libraries alone, built and minified as the app is: the floor under any budget. */
export async function measureStackFloor(): Promise<number> {
  const output = (await build({
    configFile: false,
    logLevel: 'error',
    plugins: [{ name: 'stack-entry', resolveId: (id) => (id === 'stack-entry' ? id : undefined), load: (id) => (id === 'stack-entry' ? STACK : undefined) }],
    build: { write: false, target: 'es2022', rollupOptions: { input: 'stack-entry' } },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  return chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0) / 1024;
}

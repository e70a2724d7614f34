// The commands, in the order `govgraph --help` lists them. Each lives in its own file as data.
import type { CommandDef } from 'citty';

export const commands: Record<string, () => Promise<CommandDef<any>>> = {
  run: () => import('./run').then((m) => m.default),
  build: () => import('./build').then((m) => m.default),
  forget: () => import('./forget').then((m) => m.default),
  report: () => import('./report').then((m) => m.default),
  rules: () => import('./rules').then((m) => m.default),
  eval: () => import('./eval').then((m) => m.default),
  inspect: () => import('./inspect').then((m) => m.default),
  summarize: () => import('./summarize').then((m) => m.default),
  explain: () => import('./explain').then((m) => m.default),
};

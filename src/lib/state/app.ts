import { AnalysesState } from './analyses.svelte';
import { analysesRepository, db, makeDemo } from './database';

/** The analyses on this device, shared by every page. */
export const analyses = new AnalysesState(analysesRepository(), db(), makeDemo);

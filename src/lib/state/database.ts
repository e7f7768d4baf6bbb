import { demoVocabulary, generateDemoWijk, type DemoWijk } from '$lib/domain/demo/demo-wijk';
import { newId } from '$lib/domain/ids';
import { AnalysesRepository } from '$lib/storage/analyses-repository';
import { NabuurDatabase } from '$lib/storage/db';
import { methodology } from './methodology';

let database: NabuurDatabase | undefined;

/** The app's one database, opened on first use. */
export function db(): NabuurDatabase {
	database ??= new NabuurDatabase();
	return database;
}

/** The analyses repository on the app's database. */
export function analysesRepository(): AnalysesRepository {
	return new AnalysesRepository(db());
}

/** A fresh copy of the demo wijk, dated today, with new ids. */
export function makeDemo(): DemoWijk {
	return generateDemoWijk({
		vocabulary: demoVocabulary(methodology),
		newId,
		now: new Date().toISOString()
	});
}

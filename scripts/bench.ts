// `npm run bench [-- name…] [-- --full]`: runs the benchmarks in scripts/bench/, each of which
// prints its figures beside a naive baseline measured in the same run. Without names, all run.
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

/** What every file in scripts/bench/ exports. */
export interface Benchmark {
	/** Short name, used to pick benchmarks on the command line. */
	name: string;
	/** One line on what is measured. */
	description: string;
	/** Runs the benchmark and prints its figures; `full` asks for the slow full-size baseline. */
	run(options: { full: boolean }): Promise<void>;
}

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const args = process.argv.slice(2);
const full = args.includes('--full');
const wanted = args.filter((arg) => !arg.startsWith('--'));

const files = (await readdir(folder)).filter((file) => /^[a-z-]+\.bench\.ts$/.test(file)).sort();
const benchmarks: Benchmark[] = [];
for (const file of files) {
	const module = (await import(pathToFileURL(path.join(folder, file)).href)) as {
		benchmark: Benchmark;
	};
	benchmarks.push(module.benchmark);
}

const chosen = wanted.length ? benchmarks.filter((b) => wanted.includes(b.name)) : benchmarks;
if (chosen.length === 0) {
	console.error(
		`No benchmark named ${wanted.join(', ')}. Known: ${benchmarks.map((b) => b.name).join(', ')}`
	);
	process.exit(2);
}
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
for (const benchmark of chosen) {
	console.log(`\n== ${benchmark.name}: ${benchmark.description}`);
	await benchmark.run({ full });
}

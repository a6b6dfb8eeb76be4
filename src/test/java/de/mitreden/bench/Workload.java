package de.mitreden.bench;

/** Something the benchmark repeats: each worker thread gets its own {@link Worker}. */
interface Workload {

	Worker newWorker();

	interface Worker {

		/** One measured operation: one dialogue step, or one bare database transaction. */
		void step() throws Exception;

	}

}

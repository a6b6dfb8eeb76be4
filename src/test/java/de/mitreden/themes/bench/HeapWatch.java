package de.mitreden.themes.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Watches the heap while a run goes on, sampling every 10 ms: the most heap in use (garbage included),
 * the most left after a collection (the live data the run really needs), and the time spent collecting.
 */
final class HeapWatch implements AutoCloseable {

	private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP)
		.toList();

	private final long collectionMillisBefore = collectionMillis();

	private final Thread sampler = new Thread(this::sample, "heap-watch");

	private volatile boolean running = true;

	private volatile long maxUsed;

	private volatile long maxAfterCollection;

	private long collectionMillis;

	private HeapWatch() {
		sampler.setDaemon(true);
		sampler.start();
	}

	static HeapWatch start() {
		System.gc();
		return new HeapWatch();
	}

	private void sample() {
		while (running) {
			maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
			long afterCollection = pools.stream()
				.filter(pool -> pool.getCollectionUsage() != null)
				.mapToLong(pool -> pool.getCollectionUsage().getUsed())
				.sum();
			maxAfterCollection = Math.max(maxAfterCollection, afterCollection);
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException e) {
				return;
			}
		}
	}

	@Override
	public void close() {
		running = false;
		try {
			sampler.join();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		collectionMillis = collectionMillis() - collectionMillisBefore;
	}

	Heap heap() {
		return new Heap(maxUsed, maxAfterCollection, Runtime.getRuntime().maxMemory(), collectionMillis);
	}

	private static long collectionMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.filter(millis -> millis > 0)
			.sum();
	}

	/** Bytes, and milliseconds spent in garbage collection during the run. */
	record Heap(long maxUsed, long maxAfterCollection, long max, long collectionMillis) {
	}

}

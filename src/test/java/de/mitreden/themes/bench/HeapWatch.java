package de.mitreden.themes.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches the heap while a run goes on: the most heap in use (garbage included, sampled every 10 ms), the most in
 * use right after a collection, the most a full collection left (the live data at that moment), and the time spent
 * collecting.
 * <p>
 * The heap after a collection comes from each collection's own report (its memory usage after the collection,
 * summed over the heap's pools at that moment). The pools' "collection usage" is no such snapshot: each pool keeps
 * its figure from its own last collection, and their sum mixed moments. Only a full collection shows the live data:
 * with G1 a young collection leaves the old regions' garbage in place until a concurrent cycle has marked it (one
 * benchmark run: young collections left up to 1,021 MiB of a 1,024 MiB heap, the full collection that followed
 * 500 MiB).
 */
final class HeapWatch implements AutoCloseable {

	private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

	/** The heap's pools (eden, survivor, old), whose usage after a collection is summed. */
	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private final long collectionMillisBefore = collectionMillis();

	private final Thread sampler = new Thread(this::sample, "heap-watch");

	private final NotificationListener afterCollection = this::collected;

	/** JVM uptime when watching began: the notice of the collection {@link #start()} asks for may come later. */
	private final long startedAtUptime = ManagementFactory.getRuntimeMXBean().getUptime();

	private volatile boolean running = true;

	private volatile long maxUsed;

	private volatile long maxAfterCollection;

	private volatile long maxAfterFullCollection = -1;

	private long collectionMillis;

	private HeapWatch() {
		for (GarbageCollectorMXBean collector : this.collectors) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(this.afterCollection, null, null);
			}
		}
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	static HeapWatch start() {
		System.gc();
		return new HeapWatch();
	}

	private void sample() {
		while (this.running) {
			this.maxUsed = Math.max(this.maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException e) {
				return;
			}
		}
	}

	private void collected(Notification notification, Object handback) {
		if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
			return;
		}
		var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
		if (info.getGcInfo().getStartTime() < this.startedAtUptime) {
			return;
		}
		long used = 0;
		for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
			if (this.heapPools.contains(pool.getKey())) {
				used += pool.getValue().getUsed();
			}
		}
		synchronized (this) {
			this.maxAfterCollection = Math.max(this.maxAfterCollection, used);
			// HotSpot names a full collection "end of major GC" (G1's young and mixed ones: "end of minor GC")
			if (info.getGcAction().contains("major")) {
				this.maxAfterFullCollection = Math.max(this.maxAfterFullCollection, used);
			}
		}
	}

	@Override
	public void close() {
		this.running = false;
		for (GarbageCollectorMXBean collector : this.collectors) {
			if (collector instanceof NotificationEmitter emitter) {
				try {
					emitter.removeNotificationListener(this.afterCollection);
				}
				catch (ListenerNotFoundException e) {
					// not registered: nothing to remove
				}
			}
		}
		try {
			this.sampler.join();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		this.collectionMillis = collectionMillis() - this.collectionMillisBefore;
	}

	Heap heap() {
		return new Heap(this.maxUsed, this.maxAfterCollection, this.maxAfterFullCollection,
				Runtime.getRuntime().maxMemory(), this.collectionMillis);
	}

	private long collectionMillis() {
		return this.collectors.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.filter(millis -> millis > 0)
			.sum();
	}

	/**
	 * Bytes (maxAfterFullCollection -1 when no full collection ran), and milliseconds spent in garbage collection
	 * during the run.
	 */
	record Heap(long maxUsed, long maxAfterCollection, long maxAfterFullCollection, long max, long collectionMillis) {
	}

}

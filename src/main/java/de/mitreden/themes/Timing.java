package de.mitreden.themes;

/** Phase times on standard error with {@code -Dthemes.timing=true}, for tuning; silent otherwise. */
final class Timing {

	private static final boolean ON = Boolean.getBoolean("themes.timing");

	private static final ThreadLocal<Long> last = ThreadLocal.withInitial(() -> 0L);

	private static final ThreadLocal<Long> lastWall = ThreadLocal.withInitial(System::nanoTime);

	private Timing() {
	}

	static void mark(String phase) {
		if (ON) {
			long now = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
			long wall = System.nanoTime();
			System.err.printf("themes: %-28s %7.2f ms cpu %7.2f ms wall%n", phase, (now - last.get()) / 1e6,
					(wall - lastWall.get()) / 1e6);
			last.set(now);
			lastWall.set(wall);
		}
	}

}

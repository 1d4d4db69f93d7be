package se.dpia.benchmarks.probe;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * The peak of the live heap: after every garbage collection, the heap still in use summed over the pools; the
 * largest such sum since {@link #reset()}. Unlike the pools' own peaks (each reached at its own moment, so their sum
 * can exceed the heap limit) this is what the work really needed to keep.
 */
final class LiveHeap {

	/** The JDK's garbage collection notification (com.sun.management, read here through plain JMX types). */
	private static final String NOTIFICATION = "com.sun.management.gc.notification";

	private final AtomicLong peak = new AtomicLong();
	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

	LiveHeap() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener((notification, handback) -> {
					if (NOTIFICATION.equals(notification.getType())
							&& notification.getUserData() instanceof CompositeData data) {
						peak.accumulateAndGet(usedAfter((CompositeData) data.get("gcInfo")), Math::max);
					}
				}, null, null);
			}
		}
	}

	/** The heap pools' use after the collection: gcInfo.memoryUsageAfterGc is a table of pool name to usage. */
	private long usedAfter(CompositeData gcInfo) {
		long used = 0;
		for (Object row : ((TabularData) gcInfo.get("memoryUsageAfterGc")).values()) {
			CompositeData entry = (CompositeData) row;
			if (heapPools.contains(entry.get("key"))) {
				used += MemoryUsage.from((CompositeData) entry.get("value")).getUsed();
			}
		}
		return used;
	}

	void reset() {
		peak.set(0);
	}

	/** The peak in MiB, after a last collection so the end state counts too. */
	long peakMiB() {
		System.gc();
		return peak.get() / (1024 * 1024);
	}
}
